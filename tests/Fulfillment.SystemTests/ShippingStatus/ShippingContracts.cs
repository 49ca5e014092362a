using Fulfillment.Contracts.Shipments;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.ShippingStatus;

/// <summary>
/// The shipping contracts CommerceOrder and TrackingSync publish about an Amazon order, as a test publishes them in
/// their place. The orders in these tests have three units: two red mugs and a lamp.
/// </summary>
public static class ShippingContracts
{
    public const string StoreId = "store-us";
    public const string CommerceOrderNumber = "000000042";
    public const int UnitsOrdered = 3;

    public static readonly string ShipmentCreatedQueue = FulfillmentService.OrderImport.QueueOf("shipment-created");

    /// <summary>A shipment of <paramref name="units"/> red mugs in one UPS package; the totals are the order's after it.</summary>
    public static ShipmentCreated Shipment(
        string amazonOrderId, string shipmentId, string trackingNumber, int units, int itemsShipped, DateTimeOffset shippedAt) => new(
        shipmentId,
        amazonOrderId,
        StoreId,
        SimulatedSeller.MarketplaceId,
        CommerceOrderNumber,
        [new ShippedPackage(shipmentId[^1..], "ups", "UPS", trackingNumber, [new ShippedItem("11111111111111", "SKU-MUG-RED", units)])],
        itemsShipped,
        UnitsOrdered - itemsShipped,
        shippedAt);

    public static ShipmentConfirmed Confirmed(ShipmentCreated shipment, DateTimeOffset confirmedAt) => new(
        shipment.ShipmentId, shipment.AmazonOrderId, StoreId, [.. shipment.Packages.Select(package => package.TrackingNumber)],
        confirmedAt);

    public static ShipmentConfirmationFailed Refused(ShipmentCreated shipment, string amazonMessage, DateTimeOffset failedAt) => new(
        shipment.ShipmentId, shipment.AmazonOrderId, StoreId, shipment.Packages[0].PackageReferenceId,
        shipment.Packages[0].TrackingNumber, "InvalidInput", amazonMessage, failedAt);

    public static CommerceOrderCompleted Completed(string amazonOrderId, DateTimeOffset completedAt) =>
        new(amazonOrderId, StoreId, CommerceOrderNumber, completedAt);
}
