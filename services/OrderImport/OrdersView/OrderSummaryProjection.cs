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

    public static OrderSummary Apply(AmazonOrderStatusChanged changed, OrderSummary summary) =>
        (summary with { AmazonStatus = changed.To, LastUpdateDate = changed.LastUpdateDate }).WithChannelStatus();

    public static OrderSummary Apply(AmazonOrderDetailsRecorded recorded, OrderSummary summary) => summary with
    {
        GrandTotal = recorded.Total.Amount,
        CurrencyCode = recorded.Total.CurrencyCode,
        ItemsOrdered = recorded.Items.Sum(item => item.Quantity),
    };

    public static OrderSummary Apply(BuyerCancellationRequested requested, OrderSummary summary) =>
        summary.WithNote(OrderNotes.BuyerAskedToCancel(requested.Reason)) with
        {
            LastUpdateDate = requested.LastUpdateDate > summary.LastUpdateDate ? requested.LastUpdateDate : summary.LastUpdateDate,
        };

    public static OrderSummary Apply(AmazonOrderImportFailed failed, OrderSummary summary) =>
        (summary.WithNote(OrderNotes.ImportFailed(failed.Problem)) with { ImportProblem = failed.Problem }).WithChannelStatus();

    public static OrderSummary Apply(AmazonOrderImportRecovered recovered, OrderSummary summary) =>
        (summary.WithNote(OrderNotes.ImportRecovered) with { ImportProblem = null }).WithChannelStatus();

    public static OrderSummary Apply(CommerceOrderCreationBlocked blocked, OrderSummary summary) =>
        (summary.WithNote(OrderNotes.CommerceOrderBlocked(blocked.Reason)) with { CommerceBlockReason = blocked.Reason })
        .WithChannelStatus();

    public static OrderSummary Apply(CommerceOrderCreated created, OrderSummary summary) =>
        (summary.WithNote(OrderNotes.CommerceOrderCreated(created.CommerceOrderNumber)) with
        {
            CommerceOrderNumber = created.CommerceOrderNumber,
            CommerceBlockReason = null,
        }).WithChannelStatus();

    public static OrderSummary Apply(CommerceOrderRefundedAndClosed closed, OrderSummary summary) =>
        (summary.WithNote(OrderNotes.CommerceOrderClosed(closed.CommerceOrderNumber, closed.RefundedAmount, closed.CurrencyCode)) with
        {
            CommerceOrderNumber = closed.CommerceOrderNumber,
            CommerceBlockReason = null,
        }).WithChannelStatus();
}
