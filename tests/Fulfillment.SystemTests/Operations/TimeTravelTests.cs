using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.Operations;

/// <summary>O3 time travel: a stream's events and its aggregate as they stood at a version or a moment.</summary>
public sealed class TimeTravelTests
{
    [Test]
    public async Task Given_an_order_noted_pending_then_placed_When_read_at_version_1_Then_it_shows_the_earlier_stage()
    {
        var order = await OperationsSystem.PlaceCommerceOrderAsync(NewId.NextGuid(), pendingFirst: true);

        var earlier = await OperationsSystem.ReadAsync(FulfillmentService.CommerceOrder, $"admin/streams/{order.AmazonOrderId}?version=1");
        var now = await OperationsSystem.ReadAsync(FulfillmentService.CommerceOrder, $"admin/streams/{order.AmazonOrderId}");

        Assert.Multiple(() =>
        {
            Assert.That(earlier.GetProperty("aggregate").GetString(), Is.EqualTo("CommerceOrderProcess"));
            Assert.That(earlier.GetProperty("version").GetInt64(), Is.EqualTo(1));
            Assert.That(earlier.GetProperty("events").GetArrayLength(), Is.EqualTo(1));
            Assert.That(earlier.GetProperty("state").GetProperty("stage").GetString(), Is.EqualTo("AwaitingAmazonVerification"));
            Assert.That(now.GetProperty("state").GetProperty("stage").GetString(), Is.Not.EqualTo("AwaitingAmazonVerification"));
            Assert.That(now.GetProperty("events").GetArrayLength(), Is.GreaterThan(1));
        });
    }

    [Test]
    public async Task Given_an_order_When_read_at_the_moment_of_its_first_event_Then_it_shows_the_earlier_stage()
    {
        var order = await OperationsSystem.PlaceCommerceOrderAsync(NewId.NextGuid(), pendingFirst: true);
        var now = await OperationsSystem.ReadAsync(FulfillmentService.CommerceOrder, $"admin/streams/{order.AmazonOrderId}");
        var first = now.GetProperty("events")[0].GetProperty("timestamp").GetDateTimeOffset();

        var at = Uri.EscapeDataString(first.ToString("O"));
        var earlier = await OperationsSystem.ReadAsync(FulfillmentService.CommerceOrder, $"admin/streams/{order.AmazonOrderId}?at={at}");

        Assert.Multiple(() =>
        {
            Assert.That(earlier.GetProperty("version").GetInt64(), Is.EqualTo(1));
            Assert.That(earlier.GetProperty("state").GetProperty("stage").GetString(), Is.EqualTo("AwaitingAmazonVerification"));
        });
    }
}
