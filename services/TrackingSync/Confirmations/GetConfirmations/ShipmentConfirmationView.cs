namespace Fulfillment.TrackingSync.Confirmations.GetConfirmations;

/// <summary>
/// A shipment's confirmation as operators see it: where it stands, why it is held, and for each package its state,
/// the attempts made and Amazon's last answer.
/// </summary>
public sealed record ShipmentConfirmationView(
    string ShipmentId,
    string AmazonOrderId,
    string StoreId,
    string CommerceOrderNumber,
    ConfirmationStatus Status,
    HoldReason? HoldReason,
    IReadOnlyList<PackageConfirmation> Packages,
    DateTimeOffset ShippedAt,
    DateTimeOffset RequestedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public static ShipmentConfirmationView From(ShipmentConfirmation confirmation, long version) => new(
        confirmation.ShipmentId, confirmation.AmazonOrderId, confirmation.StoreId, confirmation.CommerceOrderNumber,
        confirmation.Status, confirmation.HoldReason, confirmation.Packages, confirmation.ShippedAt,
        confirmation.RequestedAt, confirmation.ConfirmedAt, confirmation.UpdatedAt, version);
}
