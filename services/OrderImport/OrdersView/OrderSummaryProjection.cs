using Fulfillment.OrderImport.AmazonOrders;
using Marten.Events.Aggregation;

namespace Fulfillment.OrderImport.OrdersView;

/// <summary>Keeps <see cref="OrderSummary"/> up to date from the order's stream; rebuildable from the events.</summary>
public sealed partial class OrderSummaryProjection : SingleStreamProjection<OrderSummary, string>
{
    public static OrderSummary Create(AmazonOrderImported imported) => new(
        imported.AmazonOrderId,
        imported.StoreId,
        imported.PurchaseDate,
        imported.LastUpdateDate,
        imported.Status,
        imported.Status.ToString(),
        imported.FulfillmentChannel,
        GrandTotal: null,
        CurrencyCode: null,
        imported.Items.Sum(item => item.Quantity),
        Notes: []);

    public static OrderSummary Apply(AmazonOrderStatusChanged changed, OrderSummary summary) => summary with
    {
        AmazonStatus = changed.To,
        ChannelStatus = summary.ChannelStatus == ChannelStatuses.Error ? summary.ChannelStatus : changed.To.ToString(),
        LastUpdateDate = changed.LastUpdateDate,
    };

    public static OrderSummary Apply(AmazonOrderDetailsRecorded recorded, OrderSummary summary) => summary with
    {
        GrandTotal = recorded.Total.Amount,
        CurrencyCode = recorded.Total.CurrencyCode,
        ItemsOrdered = recorded.Items.Sum(item => item.Quantity),
    };

    public static OrderSummary Apply(BuyerCancellationRequested requested, OrderSummary summary) =>
        summary.WithNote(string.IsNullOrWhiteSpace(requested.Reason)
            ? "The buyer asked to cancel"
            : $"The buyer asked to cancel: {requested.Reason}") with
        {
            LastUpdateDate = requested.LastUpdateDate > summary.LastUpdateDate ? requested.LastUpdateDate : summary.LastUpdateDate,
        };

    public static OrderSummary Apply(AmazonOrderImportFailed failed, OrderSummary summary) =>
        summary.WithNote($"Import failed: {failed.Problem}") with { ChannelStatus = ChannelStatuses.Error };

    public static OrderSummary Apply(AmazonOrderImportRecovered recovered, OrderSummary summary) =>
        summary.WithNote("Imported again after the error") with { ChannelStatus = summary.AmazonStatus.ToString() };
}
