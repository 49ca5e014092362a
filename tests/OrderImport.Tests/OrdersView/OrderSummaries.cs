using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.OrdersView;

namespace Fulfillment.OrderImport.Tests.OrdersView;

/// <summary>A grid row as the projection makes it from an order's events: Given(events), and the events themselves.</summary>
public static class OrderSummaries
{
    public const string OrderId = "111-2223334-4445556";
    public static readonly DateTimeOffset Purchased = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static readonly AmazonOrderItem[] Items =
    [
        new("11111111111111", "SKU-MUG-RED", 2),
        new("22222222222222", "SKU-LAMP", 1),
    ];

    /// <summary>A pending MFN order of three units, then <paramref name="later"/>.</summary>
    public static OrderSummary Given(params object[] later) => later.Aggregate(
        OrderSummaryProjection.Create(new AmazonOrderImported(
            OrderId, "store-us", "ATVPDKIKX0DER", FulfillmentChannel.MFN, AmazonOrderStatus.Pending, Purchased,
            Purchased.AddMinutes(1), Items, Now, 1)),
        When);

    public static OrderSummary When(OrderSummary summary, object @event) => @event switch
    {
        AmazonOrderStatusChanged changed => OrderSummaryProjection.Apply(changed, summary),
        AmazonOrderDetailsRecorded recorded => OrderSummaryProjection.Apply(recorded, summary),
        BuyerCancellationRequested requested => OrderSummaryProjection.Apply(requested, summary),
        AmazonOrderImportFailed failed => OrderSummaryProjection.Apply(failed, summary),
        AmazonOrderImportRecovered recovered => OrderSummaryProjection.Apply(recovered, summary),
        CommerceOrderCreationBlocked blocked => OrderSummaryProjection.Apply(blocked, summary),
        CommerceOrderCreated created => OrderSummaryProjection.Apply(created, summary),
        CommerceOrderRefundedAndClosed closed => OrderSummaryProjection.Apply(closed, summary),
        CommerceOrderMarkedComplete completed => OrderSummaryProjection.Apply(completed, summary),
        CommerceShipmentCreated shipped => OrderSummaryProjection.Apply(shipped, summary),
        TrackingInformationSubmitted submitted => OrderSummaryProjection.Apply(submitted, summary),
        TrackingTransmissionFailed refused => OrderSummaryProjection.Apply(refused, summary),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name),
    };

    public static AmazonOrderStatusChanged StatusChanged(AmazonOrderStatus from, AmazonOrderStatus to, int minutes) =>
        new(OrderId, from, to, Purchased.AddMinutes(minutes), Now, 1);

    public static AmazonOrderDetailsRecorded DetailsRecorded() => new(
        OrderId,
        [Items[0] with { ItemPrice = new Price(39.80m, "USD") }, Items[1] with { ItemPrice = new Price(45m, "USD") }],
        new AmazonOrderTotal(87.80m, "USD"),
        HasBuyerDetails: true,
        Now);

    public static AmazonOrderImportFailed Failed(string problem) => new(OrderId, problem, Now);

    public static CommerceOrderCreationBlocked Blocked(string reason) => new(OrderId, reason, ["SKU-LAMP"], Now, Now);

    public static CommerceOrderCreated Created(string number = "000000042") => new(OrderId, number, Now, Now);

    public static readonly AmazonOrderStatusChanged Verified =
        new(OrderId, AmazonOrderStatus.Pending, AmazonOrderStatus.Unshipped, Purchased.AddMinutes(30), Now, 1);

    /// <summary>A shipment from Commerce of <paramref name="units"/> units, leaving the order's totals as given.</summary>
    public static CommerceShipmentCreated Shipment(string shipmentId, int units, int itemsShipped, int itemsUnshipped, int hours) =>
        new(OrderId, shipmentId, "000000042",
            [new ShipmentPackage("1", "ups", "UPS", $"1Z999AA1012345678{hours}", units)],
            itemsShipped, itemsUnshipped, Purchased.AddHours(hours), Now);

    public static TrackingInformationSubmitted Submitted(string shipmentId, int hours) =>
        new(OrderId, shipmentId, ["1Z999AA10123456784"], Purchased.AddHours(hours), Now);

    public static TrackingTransmissionFailed Refused(string shipmentId, int hours, string message = "Invalid carrier code") =>
        new(OrderId, shipmentId, "1", "1Z999AA10123456784", "InvalidInput", message, Purchased.AddHours(hours), Now);
}
