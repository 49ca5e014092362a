using System.Globalization;
using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.OrdersView;

/// <summary>
/// The words an operator reads for what happened to an order, the same in the grid's notes and in the history.
/// None of them carries personal data.
/// </summary>
public static class OrderNotes
{
    public static string BuyerAskedToCancel(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "The buyer asked to cancel" : $"The buyer asked to cancel: {reason}";

    public static string ImportFailed(string problem) => $"Import failed: {problem}";

    public const string ImportRecovered = "Imported again after the error";

    /// <summary>The note SPEC C1 prescribes for an order CommerceOrder cannot create.</summary>
    public static string CommerceOrderBlocked(string reason) => $"Cannot create sales order: {reason}";

    public static string CommerceOrderCreated(string number) => $"Commerce order {number} created";

    public static string CommerceOrderClosed(string number, decimal refunded, string currencyCode) =>
        $"Commerce order {number} refunded in full ({Money(refunded, currencyCode)}) and closed";

    public static string CommerceOrderComplete(string number) => $"Commerce order {number} is complete";

    public static string ShipmentCreated(CommerceShipmentCreated created) =>
        $"Shipped {Units(created.Packages.Sum(package => package.Units))} from Commerce order {created.CommerceOrderNumber} " +
        $"({created.ItemsShipped} of {created.ItemsShipped + created.ItemsUnshipped} shipped): " +
        string.Join(", ", created.Packages.Select(package => $"{package.CarrierTitle} {package.TrackingNumber}"));

    /// <summary>The note SPEC W5 prescribes once Amazon accepted a shipment's tracking numbers.</summary>
    public const string TrackingSubmitted = "Tracking information has been submitted to Amazon";

    /// <summary>The note SPEC T4 prescribes for Amazon's refusal, with Amazon's message.</summary>
    public static string TrackingTransmissionFailed(string amazonMessage) =>
        $"Transmission of tracking information failed: {amazonMessage}";

    public static string CancellationRequested(string reasonCode) => $"Cancellation requested: {reasonCode}";

    public static string CancellationSent(string reasonCode) => $"Cancellation sent to Amazon: {reasonCode}";

    public static string CancellationConfirmed(string reasonCode) => $"Amazon canceled the order: {reasonCode}";

    public static string CancellationRejected(string amazonMessage) => $"Cancellation refused by Amazon: {amazonMessage}";

    public static string Money(decimal amount, string currencyCode) =>
        $"{amount.ToString("0.00", CultureInfo.InvariantCulture)} {currencyCode}";

    public static string Units(int units) => units == 1 ? "1 unit" : $"{units} units";
}
