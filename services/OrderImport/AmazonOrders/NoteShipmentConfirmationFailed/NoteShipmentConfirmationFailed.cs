namespace Fulfillment.OrderImport.AmazonOrders.NoteShipmentConfirmationFailed;

public sealed record NoteShipmentConfirmationFailed(
    string AmazonOrderId,
    string ShipmentId,
    string PackageReferenceId,
    string TrackingNumber,
    string AmazonErrorCode,
    string AmazonMessage,
    DateTimeOffset FailedAt,
    DateTimeOffset Now);

public static class NoteShipmentConfirmationFailedDecider
{
    /// <summary>
    /// Amazon's refusal of a package is recorded once (T4). Not when the same package's refusal at that moment or later
    /// is recorded already (a redelivery, or one overtaken by a newer refusal), and not when Amazon accepted the
    /// shipment since (a stale refusal after a successful retry): nothing would be left for an operator to do.
    /// </summary>
    public static IReadOnlyList<object> Decide(AmazonOrder order, NoteShipmentConfirmationFailed command)
    {
        var shipment = order.Shipments.Find(command.ShipmentId);
        var known = shipment?.Failures.Any(failure =>
            failure.PackageReferenceId == command.PackageReferenceId && failure.FailedAt >= command.FailedAt) == true;
        var overtaken = shipment?.ConfirmedAt >= command.FailedAt;
        return known || overtaken
            ? []
            : [new TrackingTransmissionFailed(
                order.Id, command.ShipmentId, command.PackageReferenceId, command.TrackingNumber, command.AmazonErrorCode,
                command.AmazonMessage, command.FailedAt, command.Now)];
    }
}
