using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Cancellation;
using Fulfillment.ServiceDefaults.EventStore;
using JasperFx.Events;

namespace Fulfillment.OrderImport.OrdersView.GetOrderDetails;

/// <summary>
/// One event of the order's stream as an operator reads it: what happened, when, at which version of the stream
/// under which store settings version when the event records one, and who made the call that appended it (X4) when
/// a person or a machine did. Descriptions carry no personal data.
/// </summary>
public sealed record OrderHistoryEntry(
    long Version, string EventType, DateTimeOffset Timestamp, string Description, int? SettingsVersion, string? Actor = null)
{
    public static OrderHistoryEntry From(IEvent @event) => new(
        @event.Version, @event.EventType.Name, @event.Timestamp, Describe(@event.Data), SettingsVersionOf(@event.Data),
        ActorHeader.Of(@event));

    public static string Describe(object data) => data switch
    {
        AmazonOrderImported imported =>
            $"Imported from Amazon as {imported.Status} ({imported.FulfillmentChannel}, " +
            $"{OrderNotes.Units(imported.Items.Sum(item => item.Quantity))})",
        AmazonOrderStatusChanged changed => $"Amazon status changed from {changed.From} to {changed.To}",
        AmazonOrderDetailsRecorded recorded =>
            $"Prices recorded, total {OrderNotes.Money(recorded.Total.Amount, recorded.Total.CurrencyCode)}; " +
            (recorded.HasBuyerDetails ? "buyer details received" : "no buyer details from Amazon"),
        BuyerCancellationRequested requested => OrderNotes.BuyerAskedToCancel(requested.Reason),
        AmazonOrderImportFailed failed => OrderNotes.ImportFailed(failed.Problem),
        AmazonOrderImportRecovered => OrderNotes.ImportRecovered,
        CommerceOrderCreationBlocked blocked => OrderNotes.CommerceOrderBlocked(blocked.Reason),
        CommerceOrderCreated created => OrderNotes.CommerceOrderCreated(created.CommerceOrderNumber),
        CommerceOrderRefundedAndClosed closed =>
            OrderNotes.CommerceOrderClosed(closed.CommerceOrderNumber, closed.RefundedAmount, closed.CurrencyCode),
        CommerceOrderMarkedComplete completed => OrderNotes.CommerceOrderComplete(completed.CommerceOrderNumber),
        CommerceShipmentCreated created => $"Shipment {created.ShipmentId}: {OrderNotes.ShipmentCreated(created)}",
        TrackingInformationSubmitted submitted =>
            $"{OrderNotes.TrackingSubmitted} (shipment {submitted.ShipmentId}: {string.Join(", ", submitted.TrackingNumbers)})",
        TrackingTransmissionFailed failed =>
            $"{OrderNotes.TrackingTransmissionFailed(failed.AmazonMessage)} (shipment {failed.ShipmentId}, " +
            $"tracking number {failed.TrackingNumber}, Amazon error {failed.AmazonErrorCode})",
        SellerCancellationRequested requested =>
            $"{OrderNotes.CancellationRequested(requested.ReasonCode)} (by {requested.RequestedBy ?? "an operator"})",
        SellerCancellationSubmitted submitted => $"Cancellation sent to Amazon as feed {submitted.FeedId}",
        SellerCancellationSubmissionStarted started =>
            $"Sending the cancellation to Amazon (attempt {started.Attempt}, document {started.FeedDocumentId})",
        SellerCancellationConfirmed { FeedId: null } => "Amazon shows the order canceled by the cancellation whose answer was lost",
        SellerCancellationConfirmed confirmed => $"Amazon processed cancellation feed {confirmed.FeedId} without errors",
        SellerCancellationRejected rejected => OrderNotes.CancellationRejected(rejected.AmazonMessage),
        _ => data.GetType().Name,
    };

    private static int? SettingsVersionOf(object data) => data switch
    {
        AmazonOrderImported imported => imported.SettingsVersion,
        AmazonOrderStatusChanged changed => changed.SettingsVersion,
        SellerCancellationRequested requested => requested.SettingsVersion,
        SellerCancellationSubmitted submitted => submitted.SettingsVersion,
        _ => null,
    };
}
