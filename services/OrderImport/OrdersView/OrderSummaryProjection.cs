using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Cancellation;
using JasperFx.Events.Projections;
using Marten.Events.Aggregation;

namespace Fulfillment.OrderImport.OrdersView;

/// <summary>Keeps <see cref="OrderSummary"/> up to date from the order's stream; rebuildable from the events.</summary>
public sealed partial class OrderSummaryProjection : SingleStreamProjection<OrderSummary, string>
{
    /// <summary>
    /// A rebuild (the only time the daemon runs this inline projection) reads the events in pages of 5,000 instead
    /// of the default page, and keeps the latest summary of each order in memory until 20,000 orders are pending, so an
    /// order with many events is written once per flush instead of once per page. Measured on a million events of
    /// real order streams (<c>bench --replay-only</c>, 2 cores): about 29 s, against 51 s with Marten's defaults (pages of
    /// 500, every page written); pages of 10,000 or 20,000, thresholds of 50,000 or 200,000, a larger hopper and
    /// Events.UseOptimizedProjectionRebuilds (which changes nothing for a single-stream projection in Marten 9) were no
    /// faster. What is left is CPU: reading and deserializing the events, and the upserts.
    /// </summary>
    public static void RebuildInLargeBatches(AsyncOptions options)
    {
        options.BatchSize = 5_000;
        options.RebuildFlushThreshold = 20_000;
    }

    public static OrderSummary Create(AmazonOrderImported imported) => new OrderSummary(
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
        Notes: []).WithChannelStatus();

    public static OrderSummary Apply(AmazonOrderStatusChanged changed, OrderSummary summary) =>
        (summary with { AmazonStatus = changed.To, LastUpdateDate = changed.LastUpdateDate }).WithChannelStatus();

    public static OrderSummary Apply(AmazonOrderDetailsRecorded recorded, OrderSummary summary) => (summary with
    {
        GrandTotal = recorded.Total.Amount,
        CurrencyCode = recorded.Total.CurrencyCode,
        ItemsOrdered = recorded.Items.Sum(item => item.Quantity),
    }).WithChannelStatus();

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
        WithCommerceOrder(summary.WithNote(OrderNotes.CommerceOrderCreated(created.CommerceOrderNumber)), created.CommerceOrderNumber);

    public static OrderSummary Apply(CommerceOrderRefundedAndClosed closed, OrderSummary summary) => WithCommerceOrder(
        summary.WithNote(OrderNotes.CommerceOrderClosed(closed.CommerceOrderNumber, closed.RefundedAmount, closed.CurrencyCode)),
        closed.CommerceOrderNumber);

    public static OrderSummary Apply(CommerceOrderMarkedComplete completed, OrderSummary summary) =>
        WithCommerceOrder(summary.WithNote(OrderNotes.CommerceOrderComplete(completed.CommerceOrderNumber)), completed.CommerceOrderNumber);

    public static OrderSummary Apply(CommerceShipmentCreated created, OrderSummary summary) => WithCommerceOrder(
        summary.WithNote(OrderNotes.ShipmentCreated(created)) with { Shipments = summary.Shipments.Apply(created) },
        created.CommerceOrderNumber);

    public static OrderSummary Apply(TrackingInformationSubmitted submitted, OrderSummary summary) =>
        (summary.WithNote(OrderNotes.TrackingSubmitted) with { Shipments = summary.Shipments.Apply(submitted) }).WithChannelStatus();

    public static OrderSummary Apply(TrackingTransmissionFailed failed, OrderSummary summary) =>
        (summary.WithNote(OrderNotes.TrackingTransmissionFailed(failed.AmazonMessage)) with
        {
            Shipments = summary.Shipments.Apply(failed),
        }).WithChannelStatus();

    public static OrderSummary Apply(SellerCancellationRequested requested, OrderSummary summary) =>
        (summary.WithNote(OrderNotes.CancellationRequested(requested.ReasonCode)) with
        {
            CancelReasonCode = requested.ReasonCode,
            CancellationRejection = null,
        }).WithChannelStatus();

    public static OrderSummary Apply(SellerCancellationSubmitted submitted, OrderSummary summary) =>
        summary.WithNote(OrderNotes.CancellationSent(summary.CancelReasonCode ?? ""));

    public static OrderSummary Apply(SellerCancellationConfirmed confirmed, OrderSummary summary) =>
        summary.WithNote(OrderNotes.CancellationConfirmed(summary.CancelReasonCode ?? ""));

    public static OrderSummary Apply(SellerCancellationRejected rejected, OrderSummary summary) =>
        (summary.WithNote(OrderNotes.CancellationRejected(rejected.AmazonMessage)) with
        {
            CancellationRejection = rejected.AmazonMessage,
        }).WithChannelStatus();

    /// <summary>Every message from the Commerce side after creation names the Commerce order, and ends a block.</summary>
    private static OrderSummary WithCommerceOrder(OrderSummary summary, string commerceOrderNumber) =>
        (summary with { CommerceOrderNumber = commerceOrderNumber, CommerceBlockReason = null }).WithChannelStatus();
}
