using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

/// <summary>Where the wait for a Commerce order starts (metric fulfillment.order.unshipped_to_placed): the first time the order was seen Unshipped.</summary>
public sealed class UnshippedSeenAtTests
{
    private static readonly DateTimeOffset Verified = ChannelOrders.Now.AddMinutes(5);

    [Test]
    public void Given_an_order_first_seen_Unshipped_Then_the_wait_starts_at_its_import() =>
        Assert.That(ChannelOrders.Unshipped().UnshippedSeenAt, Is.EqualTo(ChannelOrders.Now));

    [Test]
    public void Given_a_Pending_order_When_Amazon_verifies_it_Then_the_wait_starts_when_the_change_was_seen()
    {
        var order = Pending().Then([Changed(AmazonOrderStatus.Pending, AmazonOrderStatus.Unshipped, Verified)]);

        Assert.That(order.UnshippedSeenAt, Is.EqualTo(Verified));
    }

    [Test]
    public void Given_a_Pending_order_Then_no_wait_has_started() =>
        Assert.That(Pending().UnshippedSeenAt, Is.Null);

    [Test]
    public void Given_an_Unshipped_order_When_it_ships_Then_the_moment_it_was_seen_Unshipped_stays()
    {
        var order = Pending().Then([
            Changed(AmazonOrderStatus.Pending, AmazonOrderStatus.Unshipped, Verified),
            Changed(AmazonOrderStatus.Unshipped, AmazonOrderStatus.Shipped, Verified.AddHours(5)),
        ]);

        Assert.That(order.UnshippedSeenAt, Is.EqualTo(Verified));
    }

    private static AmazonOrder Pending() => AmazonOrder.Create(new AmazonOrderImported(
        ChannelOrders.OrderId, "store-us", "ATVPDKIKX0DER", FulfillmentChannel.MFN, AmazonOrderStatus.Pending,
        ChannelOrders.Purchased, ChannelOrders.Purchased, [new AmazonOrderItem("11111111111111", "SKU-MUG-RED", 2)],
        ChannelOrders.Now, 1));

    private static AmazonOrderStatusChanged Changed(AmazonOrderStatus from, AmazonOrderStatus to, DateTimeOffset at) =>
        new(ChannelOrders.OrderId, from, to, at, at, 1);
}
