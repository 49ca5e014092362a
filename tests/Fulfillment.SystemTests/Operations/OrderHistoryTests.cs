using System.Text.Json;
using Fulfillment.SystemTests.CommerceSide;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.Operations;

/// <summary>O2: every service answers the events of an Amazon order, with what caused them, for the timeline.</summary>
public sealed class OrderHistoryTests
{
    [Test]
    public async Task Given_a_published_OrderUnshipped_When_CommerceOrder_placed_it_Then_its_history_names_the_message_as_cause()
    {
        var messageId = NewId.NextGuid();

        var order = await OperationsSystem.PlaceCommerceOrderAsync(messageId);

        var history = (await OperationsSystem.HistoryAsync(FulfillmentService.CommerceOrder, order.AmazonOrderId))
            .EnumerateArray().ToList();

        var orderStream = history.Where(entry => entry.GetProperty("streamKey").GetString() == order.AmazonOrderId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(history.Select(entry => entry.GetProperty("service").GetString()), Is.All.EqualTo("CommerceOrder"));
            Assert.That(orderStream, Is.Not.Empty);
            Assert.That(orderStream[0].GetProperty("version").GetInt64(), Is.EqualTo(1));
            Assert.That(orderStream[0].GetProperty("causationId").GetString(), Is.EqualTo(messageId.ToString()));
            Assert.That(orderStream[0].GetProperty("settingsVersion").GetInt32(), Is.EqualTo(VerifiedOrders.DefaultSettings.Version));
            Assert.That(orderStream[0].GetProperty("data").GetProperty("AmazonOrderId").GetString(), Is.EqualTo(order.AmazonOrderId));
            Assert.That(history.Select(TimelineOrder), Is.Ordered, "by timestamp then sequence");
            Assert.That(history.Select(entry => entry.GetProperty("eventType").GetString()), Has.None.Null);
            Assert.That(history.Where(entry => entry.GetProperty("streamKey").GetString() == order.Sku), Is.Not.Empty,
                "the product stream's events that name the order");
        });
    }

    private static string TimelineOrder(JsonElement entry) =>
        $"{entry.GetProperty("timestamp").GetDateTimeOffset().UtcTicks:D20}-{entry.GetProperty("sequence").GetInt64():D20}";
}
