using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

/// <summary>A verified channel order as its stream makes it, for the deciders that act on what CommerceOrder reports.</summary>
public static class ChannelOrders
{
    public const string OrderId = "111-2223334-4445556";
    public static readonly DateTimeOffset Purchased = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    public static readonly IReadOnlyList<string> BlockingSkus = ["SKU-MUG-RED"];

    public static AmazonOrder Unshipped() => AmazonOrder.Create(new AmazonOrderImported(
        OrderId, "store-us", "ATVPDKIKX0DER", FulfillmentChannel.MFN, AmazonOrderStatus.Unshipped, Purchased,
        Purchased.AddMinutes(30), [new AmazonOrderItem("11111111111111", "SKU-MUG-RED", 2)], Now, 1, "Expedited"));

    /// <summary>The order after <paramref name="events"/>, applied as Marten would apply them.</summary>
    public static AmazonOrder Then(this AmazonOrder order, IEnumerable<object> events) => events.Aggregate(
        order,
        (state, @event) => @event switch
        {
            CommerceOrderCreationBlocked blocked => state.Apply(blocked),
            CommerceOrderCreated created => state.Apply(created),
            CommerceOrderRefundedAndClosed closed => state.Apply(closed),
            AmazonOrderStatusChanged changed => state.Apply(changed),
            CommerceOrderMarkedComplete completed => state.Apply(completed),
            CommerceShipmentCreated shipped => state.Apply(shipped),
            TrackingInformationSubmitted submitted => state.Apply(submitted),
            TrackingTransmissionFailed failed => state.Apply(failed),
            _ => throw new ArgumentOutOfRangeException(nameof(events), @event.GetType().Name),
        });

    public static CommerceOrderCreationBlocked Blocked(string reason, int minutesAfterPurchase) =>
        new(OrderId, reason, BlockingSkus, Purchased.AddMinutes(minutesAfterPurchase), Now);

    public static CommerceOrderCreated Created(string number = "000000042") =>
        new(OrderId, number, Purchased.AddMinutes(90), Now);

    public static CommerceOrderRefundedAndClosed Closed(string number = "000000042") =>
        new(OrderId, number, 39.80m, "USD", Purchased.AddDays(1), Now);

    public static readonly IReadOnlyList<ShipmentPackage> FirstPackages = [new("1", "ups", "UPS", "1Z999AA10123456784", 1)];
    public static readonly IReadOnlyList<ShipmentPackage> LastPackages = [new("2", "usps", "USPS", "9400111899223456789012", 1)];

    /// <summary>The first of two shipments of the two-unit order: one unit shipped, one left.</summary>
    public static CommerceShipmentCreated FirstShipment() =>
        new(OrderId, "shipment-1", "000000042", FirstPackages, 1, 1, Purchased.AddHours(3), Now);

    /// <summary>The last shipment: nothing left to ship.</summary>
    public static CommerceShipmentCreated LastShipment() =>
        new(OrderId, "shipment-2", "000000042", LastPackages, 2, 0, Purchased.AddHours(5), Now);

    public static TrackingInformationSubmitted Submitted(string shipmentId, int minutesAfterShipping) =>
        new(OrderId, shipmentId, [], Purchased.AddHours(3).AddMinutes(minutesAfterShipping), Now);

    public static TrackingTransmissionFailed Refused(string shipmentId, int minutesAfterShipping, string package = "1") =>
        new(OrderId, shipmentId, package, "1Z999AA10123456784", "InvalidInput", "Invalid carrier code",
            Purchased.AddHours(3).AddMinutes(minutesAfterShipping), Now);
}
