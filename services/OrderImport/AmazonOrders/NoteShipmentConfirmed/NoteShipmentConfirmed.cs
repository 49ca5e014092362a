namespace Fulfillment.OrderImport.AmazonOrders.NoteShipmentConfirmed;

public sealed record NoteShipmentConfirmed(
    string AmazonOrderId, string ShipmentId, IReadOnlyList<string> TrackingNumbers, DateTimeOffset ConfirmedAt, DateTimeOffset Now);

public static class NoteShipmentConfirmedDecider
{
    /// <summary>
    /// Amazon's acceptance of a shipment is recorded once (T2, T3); it closes the shipment's refusals that came before
    /// it (T4, an operator's retry). A redelivery, or an acceptance older than the one recorded, changes nothing. It
    /// may come before the shipment itself, which TrackingSync and OrderImport hear of at the same time.
    /// </summary>
    public static IReadOnlyList<object> Decide(AmazonOrder order, NoteShipmentConfirmed command) =>
        order.Shipments.Find(command.ShipmentId)?.ConfirmedAt >= command.ConfirmedAt
            ? []
            : [new TrackingInformationSubmitted(
                order.Id, command.ShipmentId, command.TrackingNumbers, command.ConfirmedAt, command.Now)];
}
