using System.Globalization;
using Fulfillment.OrderImport.AmazonOrders;
using JasperFx.Events;

namespace Fulfillment.OrderImport.OrdersView.GetOrderDetails;

/// <summary>
/// One event of the order's stream as an operator reads it: what happened, when, at which version of the stream
/// and under which store settings version when the event records one. Descriptions carry no personal data.
/// </summary>
public sealed record OrderHistoryEntry(
    long Version, string EventType, DateTimeOffset Timestamp, string Description, int? SettingsVersion)
{
    public static OrderHistoryEntry From(IEvent @event) => new(
        @event.Version, @event.EventType.Name, @event.Timestamp, Describe(@event.Data), SettingsVersionOf(@event.Data));

    public static string Describe(object data) => data switch
    {
        AmazonOrderImported imported =>
            $"Imported from Amazon as {imported.Status} ({imported.FulfillmentChannel}, {Units(imported.Items)})",
        AmazonOrderStatusChanged changed => $"Amazon status changed from {changed.From} to {changed.To}",
        AmazonOrderDetailsRecorded recorded =>
            $"Prices recorded, total {Money(recorded.Total)}; " +
            (recorded.HasBuyerDetails ? "buyer details received" : "no buyer details from Amazon"),
        BuyerCancellationRequested requested => string.IsNullOrWhiteSpace(requested.Reason)
            ? "The buyer asked to cancel"
            : $"The buyer asked to cancel: {requested.Reason}",
        AmazonOrderImportFailed failed => $"Import failed: {failed.Problem}",
        AmazonOrderImportRecovered => "Imported again after the error",
        _ => data.GetType().Name,
    };

    private static int? SettingsVersionOf(object data) => data switch
    {
        AmazonOrderImported imported => imported.SettingsVersion,
        AmazonOrderStatusChanged changed => changed.SettingsVersion,
        _ => null,
    };

    private static string Units(IReadOnlyList<AmazonOrderItem> items) => items.Sum(item => item.Quantity) switch
    {
        1 => "1 unit",
        var units => $"{units} units",
    };

    private static string Money(AmazonOrderTotal total) =>
        $"{total.Amount.ToString("0.00", CultureInfo.InvariantCulture)} {total.CurrencyCode}";
}
