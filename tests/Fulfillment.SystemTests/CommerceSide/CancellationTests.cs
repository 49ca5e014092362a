using Fulfillment.Contracts.CommerceOrders;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>A2: Amazon cancels an order before or after its Commerce order exists.</summary>
public sealed class CancellationTests
{
    private static CommerceFixture Commerce => CommerceSideSetUp.Fixture;

    [Test]
    public async Task Given_a_reserved_pending_order_When_Amazon_cancels_it_Then_the_reservation_is_released_and_no_order_is_ever_created()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);
        await Commerce.PublishAsync(order.Pending(VerifiedOrders.DefaultSettings with { PendingOrders = "ReserveQuantity" }));
        await Eventually.GetAsync(
            async () => (await Commerce.ProductAsync(order.Sku)).GetProperty("reserved").GetInt32() == 2 ? "reserved" : null,
            TimeSpan.FromSeconds(30), "the pending order's reservation (S5)");

        await Commerce.PublishAsync(order.Canceled());
        await Commerce.ProcessInStageAsync(order.AmazonOrderId, "Canceled");
        await Commerce.PublishAsync(order.Unshipped());

        var product = await Commerce.ProductAsync(order.Sku);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Multiple(async () =>
        {
            Assert.That(product.GetProperty("reserved").GetInt32(), Is.Zero);
            Assert.That(product.GetProperty("salable").GetInt32(), Is.EqualTo(5));
            Assert.That(await Commerce.CommerceOrderOfAsync(order.AmazonOrderId), Is.Null, "a late verification creates nothing");
            Assert.That((await Commerce.ProcessOfAsync(order.AmazonOrderId))!.Value.GetProperty("stage").GetString(), Is.EqualTo("Canceled"));
        });
    }

    [Test]
    public async Task Given_a_placed_order_When_Amazon_cancels_it_Then_it_is_refunded_in_full_closed_and_its_stock_returns()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);
        await Commerce.PublishAsync(order.Unshipped());
        var number = (await Commerce.PlacedOrderAsync(order.AmazonOrderId)).GetProperty("increment_id").GetString();

        await Commerce.PublishAsync(order.Canceled());

        await Commerce.ProcessInStageAsync(order.AmazonOrderId, "Closed");
        var closed = (await Commerce.CommerceOrderOfAsync(order.AmazonOrderId))!.Value;
        var published = await Eventually.GetAsync(
            () => Task.FromResult(Commerce.Published.Last<CommerceOrderClosed>(order.AmazonOrderId)),
            TimeSpan.FromSeconds(30), "CommerceOrderClosed");
        Assert.Multiple(async () =>
        {
            Assert.That(closed.GetProperty("state").GetString(), Is.EqualTo("closed"));
            Assert.That(closed.GetProperty("total_refunded").GetDecimal(), Is.EqualTo(VerifiedOrders.OrderTotal));
            Assert.That(published.CommerceOrderNumber, Is.EqualTo(number));
            Assert.That(published.RefundedAmount, Is.EqualTo(VerifiedOrders.OrderTotal));
            Assert.That((await Commerce.ProductAsync(order.Sku)).GetProperty("quantity").GetInt32(), Is.EqualTo(5));
        });
    }
}
