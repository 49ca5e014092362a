using System.Globalization;

namespace Fulfillment.CommerceOrder.CommerceOrders.ShipCommerceOrder;

/// <param name="ShipmentId">The caller's idempotency key, or a new id: a shipment already recorded under it is not recorded again.</param>
public sealed record ShipCommerceOrder(string ShipmentId, ShipOrderRequest Request, DateTimeOffset Now);

public static class ShipCommerceOrderDecider
{
    /// <summary>
    /// Records a validated shipment: packages numbered on from the order's earlier ones, each with its items (the
    /// only track carries every item); the order completes when nothing is left to ship (W5).
    /// </summary>
    public static IReadOnlyList<object> Decide(CommerceOrderProcess order, ShipCommerceOrder command)
    {
        if (order.Shipments.Any(shipment => shipment.ShipmentId == command.ShipmentId))
        {
            return [];
        }

        var placement = order.Placement!;
        var items = placement.Items.ToDictionary(item => item.ItemId);
        var tracks = command.Request.Tracks!;
        var packages = tracks.Select((track, index) => new ShipmentPackage(
            (order.PackageCount + index + 1).ToString(CultureInfo.InvariantCulture),
            track.CarrierCode!.Trim().ToLowerInvariant(),
            track.Title?.Trim() ?? track.CarrierCode!.Trim(),
            track.TrackNumber!.Trim(),
            [.. (track.Items ?? command.Request.Items!).Select(line =>
            {
                var item = items[line.OrderItemId!];
                return new ShipmentLine(item.ItemId, item.AmazonOrderItemId, item.Sku, line.Qty!.Value);
            })])).ToList();

        var shippedNow = command.Request.Items!.Sum(line => line.Qty!.Value);
        var itemsShipped = order.ItemsShipped + shippedNow;
        var itemsUnshipped = placement.Items.Sum(item => item.Quantity) - itemsShipped;
        var recorded = new ShipmentRecorded(
            order.Id, order.StoreId, order.Verified!.MarketplaceId, placement.IncrementId, command.ShipmentId, packages,
            itemsShipped, itemsUnshipped, command.Now);
        return itemsUnshipped == 0
            ? [recorded, new OrderCompleted(order.Id, order.StoreId, placement.IncrementId, command.Now)]
            : [recorded];
    }
}
