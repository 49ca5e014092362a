using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Operations;

/// <summary>Forwarder progress: how far each subscription has got against the store's high-water mark.</summary>
public sealed class SubscriptionsTests
{
    [Test]
    public async Task Given_a_store_connected_When_listing_OrderImports_subscriptions_Then_the_EventForwarder_is_there_and_caught_up()
    {
        JsonElement? forwarder = null;
        var last = "";
        for (var attempt = 0; attempt < 60 && forwarder is null; attempt++)
        {
            var progress = await OperationsSystem.ReadAsync(FulfillmentService.OrderImport, "admin/subscriptions");
            last = progress.ToString();
            forwarder = progress.GetProperty("shards").EnumerateArray()
                .Where(shard => shard.GetProperty("shardName").GetString()!.StartsWith("EventForwarder", StringComparison.Ordinal))
                .Where(shard => shard.GetProperty("lag").GetInt64() == 0)
                .Select(shard => (JsonElement?)shard)
                .FirstOrDefault();
            if (forwarder is null)
            {
                await Task.Delay(500);
            }
        }

        Assert.That(forwarder, Is.Not.Null, $"the EventForwarder caught up: {last}\n{OperationsSystem.Running.RecentOutput}");
        var shard = forwarder!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(shard.GetProperty("sequence").GetInt64(), Is.GreaterThan(0));
            Assert.That(shard.GetProperty("highWaterMark").GetInt64(), Is.EqualTo(shard.GetProperty("sequence").GetInt64()));
        });
    }

    [Test]
    public async Task Given_CommerceOrders_forwarder_When_rewound_to_the_start_Then_it_publishes_everything_again_and_catches_up()
    {
        // Something to publish again, whichever tests ran before in this system.
        await OperationsSystem.PlaceCommerceOrderAsync(Guid.NewGuid());
        var rewound = await OperationsSystem.ActAsync(
            FulfillmentService.CommerceOrder, "admin/subscriptions/EventForwarder/rewind", new { toSequence = 0 });

        var caughtUp = await WithServicesOutputAsync(() => Eventually.GetAsync(async () =>
        {
            var progress = await OperationsSystem.ReadAsync(FulfillmentService.CommerceOrder, "admin/subscriptions");
            // While the daemon moves it, the forwarder's progress row may be gone for a moment.
            var caughtUp = progress.GetProperty("shards").EnumerateArray().Any(shard =>
                shard.GetProperty("shardName").GetString()!.StartsWith("EventForwarder", StringComparison.Ordinal)
                && shard.GetProperty("lag").GetInt64() == 0);
            return caughtUp ? progress.ToString() : null;
        }, TimeSpan.FromSeconds(30), "CommerceOrder's forwarder caught up after the rewind"));

        Assert.Multiple(() =>
        {
            Assert.That(rewound.GetProperty("subscription").GetString(), Is.EqualTo("EventForwarder"));
            Assert.That(rewound.GetProperty("toSequence").GetInt64(), Is.EqualTo(0));
            Assert.That(caughtUp, Does.Contain("EventForwarder"));
        });
    }

    /// <summary>A wait that runs out says what the services wrote meanwhile.</summary>
    private static async Task<T> WithServicesOutputAsync<T>(Func<Task<T>> wait)
    {
        try
        {
            return await wait();
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message}{Environment.NewLine}{OperationsSystem.Running.RecentOutput}", timeout);
        }
    }
}
