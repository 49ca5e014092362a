using Fulfillment.Contracts.CommerceOrders;
using Fulfillment.Contracts.Customers;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>Exactly one Commerce order per Amazon order, whatever arrives twice or out of order.</summary>
public sealed class RedeliveryTests
{
    private static CommerceFixture Commerce => CommerceSideSetUp.Fixture;

    [Test]
    public async Task Given_the_same_OrderUnshipped_delivered_three_times_When_consumed_Then_one_Commerce_order_exists()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 10);
        var message = order.Unshipped();
        var messageId = NewId.NextGuid();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Commerce.PublishAsync(message, messageId)));
        await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        await Commerce.PublishAsync(message);

        await Commerce.HandOffAsync(order.AmazonOrderId);
        await WaitForQuietAsync(order.AmazonOrderId);
        Assert.Multiple(async () =>
        {
            Assert.That(Commerce.Published.CountOf<CommerceOrderPlaced>(order.AmazonOrderId), Is.EqualTo(1));
            Assert.That(Commerce.Published.CountOf<ProvisionCustomer>(order.AmazonOrderId), Is.EqualTo(1));
            Assert.That((await Commerce.ProductAsync(order.Sku)).GetProperty("quantity").GetInt32(), Is.EqualTo(8),
                "stock deducted once");
        });
    }

    [Test]
    public async Task Given_an_order_placed_from_OrderShipped_When_OrderUnshipped_arrives_after_it_Then_still_one_Commerce_order()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 10);

        await Commerce.PublishAsync(order.Shipped());
        var placed = await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        await Commerce.PublishAsync(order.Unshipped());
        await Commerce.PublishAsync(order.Pending());

        await Commerce.HandOffAsync(order.AmazonOrderId);
        await WaitForQuietAsync(order.AmazonOrderId);
        var after = await Commerce.CommerceOrderOfAsync(order.AmazonOrderId);
        Assert.Multiple(async () =>
        {
            Assert.That(Commerce.Published.CountOf<CommerceOrderPlaced>(order.AmazonOrderId), Is.EqualTo(1));
            Assert.That(after!.Value.GetProperty("increment_id").GetString(), Is.EqualTo(placed.GetProperty("increment_id").GetString()));
            Assert.That(after.Value.GetProperty("state").GetString(), Is.EqualTo("complete"));
            Assert.That((await Commerce.ProductAsync(order.Sku)).GetProperty("quantity").GetInt32(), Is.EqualTo(10));
        });
    }

    /// <summary>Lets late copies reach CommerceOrder: its queues are empty and the order's stream has stopped growing.</summary>
    private static async Task WaitForQuietAsync(string amazonOrderId)
    {
        long? last = null;
        await Eventually.GetAsync(async () =>
        {
            var version = (await Commerce.ProcessOfAsync(amazonOrderId))!.Value.GetProperty("version").GetInt64();
            var waiting = 0u;
            foreach (var consumer in new[] { "order-unshipped", "order-shipped", "order-pending", "customer-provisioned" })
            {
                var queue = FulfillmentService.CommerceOrder.QueueOf(consumer);
                waiting += await QueueProbe.ReadyMessagesAsync(Commerce.System.VirtualHost.Name, queue) ?? 0;
            }

            var quiet = waiting == 0 && version == last;
            last = version;
            if (!quiet)
            {
                await Task.Delay(500);
            }

            return quiet ? "quiet" : null;
        }, TimeSpan.FromSeconds(30), "CommerceOrder to finish with every copy");
    }
}
