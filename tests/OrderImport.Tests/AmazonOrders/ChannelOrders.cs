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
            _ => throw new ArgumentOutOfRangeException(nameof(events), @event.GetType().Name),
        });

    public static CommerceOrderCreationBlocked Blocked(string reason, int minutesAfterPurchase) =>
        new(OrderId, reason, BlockingSkus, Purchased.AddMinutes(minutesAfterPurchase), Now);

    public static CommerceOrderCreated Created(string number = "000000042") =>
        new(OrderId, number, Purchased.AddMinutes(90), Now);

    public static CommerceOrderRefundedAndClosed Closed(string number = "000000042") =>
        new(OrderId, number, 39.80m, "USD", Purchased.AddDays(1), Now);
}
