using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.FirstSlice;

/// <summary>Messages arrive at least once: CommerceOrder must absorb copies of the same fact, even at the same moment.</summary>
public sealed class RedeliveredOrderPendingTests
{
    private FulfillmentSystem _system = null!;

    private ServiceProcess CommerceOrder => _system[FulfillmentService.CommerceOrder];

    [OneTimeSetUp]
    public async Task StartServices() => _system = await FulfillmentSystem.StartAsync(FulfillmentService.CommerceOrder);

    [OneTimeTearDown]
    public async Task StopServices() => await _system.DisposeAsync();

    [Test]
    public async Task Given_an_OrderPending_delivered_five_times_at_once_When_consumed_Then_the_order_is_noted_once()
    {
        var amazonOrderId = AmazonOrderRequests.NewAmazonOrderId();
        var message = PendingOrderMessages.For(amazonOrderId);
        var messageId = NewId.NextGuid();
        var bus = await _system.StartTestBusAsync();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, 5)
                .Select(_ => bus.Publish(message, context => context.MessageId = messageId)));
        }
        finally
        {
            await bus.StopAsync();
        }

        await DrainCommerceOrderQueueAsync();

        var process = await CommerceOrderWaits.NotedAsync(CommerceOrder.Http, amazonOrderId);
        var failed = await QueueProbe.ReadyMessagesAsync(
            _system.VirtualHost.Name, PendingOrderMessages.CommerceOrderQueue + "_error");
        // A copy that failed its in-memory retries would wait there for its next delivery instead.
        var parked = await QueueProbe.ReadyMessagesAsync(
            _system.VirtualHost.Name, PendingOrderMessages.CommerceOrderQueue + "_redelivery");
        Assert.Multiple(() =>
        {
            Assert.That(process.Version, Is.EqualTo(1), "one event in the Commerce order stream");
            Assert.That(failed ?? 0, Is.Zero, "no copy ended in the error queue");
            Assert.That(parked ?? 0, Is.Zero, "no copy waits to be redelivered");
        });
    }

    /// <summary>
    /// Proves every copy was handled, not merely delivered: a graceful stop lets the consumer finish what it holds
    /// and returns unfinished messages to the queue, so an empty queue after the stop means every copy was acknowledged.
    /// </summary>
    private async Task DrainCommerceOrderQueueAsync()
    {
        while (true)
        {
            await Eventually.GetAsync(
                async () => await ReadyAsync() == 0 ? "drained" : null,
                TimeSpan.FromSeconds(30), "CommerceOrder to take every copy");
            await CommerceOrder.StopAsync();
            var left = await ReadyAsync();
            await CommerceOrder.StartAsync();
            if (left == 0)
            {
                return;
            }
        }
    }

    private async Task<uint?> ReadyAsync() =>
        await QueueProbe.ReadyMessagesAsync(_system.VirtualHost.Name, PendingOrderMessages.CommerceOrderQueue);
}
