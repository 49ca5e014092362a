namespace Fulfillment.OrderImport.AmazonOrders.NoteShipmentCreated;

public sealed record NoteShipmentCreated(
    string AmazonOrderId,
    string ShipmentId,
    string CommerceOrderNumber,
    IReadOnlyList<ShipmentPackage> Packages,
    int ItemsShipped,
    int ItemsUnshipped,
    DateTimeOffset ShippedAt,
    DateTimeOffset Now);

public static class NoteShipmentCreatedDecider
{
    /// <summary>
    /// Each shipment is recorded once, by its id (W5): a redelivery changes nothing. A shipment that arrives after a
    /// later one is still recorded, for its tracking numbers; the order's totals come from the shipment with the most
    /// units shipped (<see cref="ChannelShipments.Newest"/>). A shipment of another Commerce order than the one
    /// recorded is refused (<see cref="CommerceOrderProgress.EnsureSameNumber"/>).
    /// </summary>
    public static IReadOnlyList<object> Decide(AmazonOrder order, NoteShipmentCreated command)
    {
        order.Commerce.EnsureSameNumber(order.Id, command.CommerceOrderNumber);
        return order.Shipments.Find(command.ShipmentId)?.Created is not null
            ? []
            : [new CommerceShipmentCreated(
                order.Id, command.ShipmentId, command.CommerceOrderNumber, command.Packages, command.ItemsShipped,
                command.ItemsUnshipped, command.ShippedAt, command.Now)];
    }
}
