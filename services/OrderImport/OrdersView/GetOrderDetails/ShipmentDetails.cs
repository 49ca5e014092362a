using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.OrdersView.GetOrderDetails;

/// <summary>Where a shipment's tracking information stands with Amazon.</summary>
public enum ShipmentConfirmation
{
    /// <summary>Not accepted by Amazon yet, and not refused either.</summary>
    Pending,
    Submitted,
    /// <summary>Amazon refused a package and has accepted nothing since: an operator must retry (T4).</summary>
    Failed,
}

/// <summary>
/// One shipment of the order (O2): its packages with carrier and tracking number, and Amazon's answer. Packages are
/// empty while only TrackingSync's word about the shipment has arrived.
/// </summary>
/// <param name="ConfirmationError">Amazon's message while <see cref="ShipmentConfirmation.Failed"/>.</param>
public sealed record ShipmentDetails(
    string ShipmentId,
    DateTimeOffset? ShippedAt,
    IReadOnlyList<ShipmentPackage> Packages,
    ShipmentConfirmation Confirmation,
    DateTimeOffset? ConfirmedAt,
    string? ConfirmationError)
{
    public static ShipmentDetails From(ChannelShipment shipment)
    {
        var openFailure = shipment.OpenFailures().MaxBy(failure => failure.FailedAt);
        var confirmation = openFailure is not null ? ShipmentConfirmation.Failed
            : shipment.ConfirmedAt is not null ? ShipmentConfirmation.Submitted
            : ShipmentConfirmation.Pending;
        return new ShipmentDetails(
            shipment.ShipmentId, shipment.Created?.ShippedAt, shipment.Created?.Packages ?? [], confirmation,
            shipment.ConfirmedAt, openFailure?.AmazonMessage);
    }
}
