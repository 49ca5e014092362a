using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;

namespace Fulfillment.SystemTests.Workflow;

/// <summary>
/// The merchant workflow to its end (W1-W5, T1-T2) across every service: Amazon (the simulator) → OrderImport →
/// CommerceOrder and CustomerProvisioning → shipments from Commerce → TrackingSync → Amazon.
/// </summary>
[NonParallelizable]
public sealed class ShippingWorkflowTests()
    : WorkflowTest(FulfillmentService.CommerceOrder, FulfillmentService.CustomerProvisioning, FulfillmentService.TrackingSync)
{
    private const string TrackingSubmitted = "Tracking information has been submitted to Amazon";

    private HttpClient Simulator => Fixture.System[FulfillmentService.SpApiSimulator].Http;
    private HttpClient TrackingSync => Fixture.System[FulfillmentService.TrackingSync].Http;

    [Test]
    public async Task Given_an_MFN_order_When_shipped_in_two_parts_with_three_packages_Then_Amazon_has_each_once_and_every_view_ends_complete()
    {
        var mugs = await ProductAsync(quantity: 10);
        var shirts = await ProductAsync(quantity: 10);
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (mugs, 2, 19.90m), (shirts, 1, 12.00m));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        var number = (await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("commerceOrderNumber").GetString() is not null))
            .GetProperty("commerceOrderNumber").GetString()!;

        await ShipAsync(number, new
        {
            items = new[] { new { order_item_id = "1", qty = 2 } },
            tracks = new object[]
            {
                new { track_number = "1Z999AA10123456784", title = "UPS", carrier_code = "ups", items = new[] { new { order_item_id = "1", qty = 1 } } },
                new { track_number = "123456789012", title = "FedEx", carrier_code = "fedex", items = new[] { new { order_item_id = "1", qty = 1 } } },
            },
        });
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "PartiallyShipped");
        await ShipAsync(number, new
        {
            items = new[] { new { order_item_id = "2", qty = 1 } },
            tracks = new[] { new { track_number = "Q-4711", title = "Royal Mail", carrier_code = "custom" } },
        });

        var shippedAtAmazon = await Eventually.GetAsync<object>(async () =>
            await AmazonOrderAsync(amazonOrderId) is { } order && order.GetProperty("orderStatus").GetString() == "Shipped" ? order : null,
            TimeSpan.FromSeconds(60), $"Amazon to have every package\n{Fixture.System.RecentOutput}");
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Shipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        var completed = await ChannelOrderAsync(amazonOrderId, order =>
            order.GetProperty("channelStatus").GetString() == "Completed"
            && order.GetProperty("notes").EnumerateArray().Count(note => note.GetString() == TrackingSubmitted) == 2);
        var commerceOrder = await CommerceOrder.GetFromJsonAsync<JsonElement>($"api/commerce/orders/{number}");

        var confirmations = ((JsonElement)shippedAtAmazon).GetProperty("shipmentConfirmations").EnumerateArray()
            .Select(confirmation => (
                confirmation.GetProperty("trackingNumber").GetString(),
                confirmation.GetProperty("carrierCode").GetString(),
                confirmation.GetProperty("items").EnumerateArray().Sum(item => item.GetProperty("quantity").GetInt32())))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(confirmations, Is.EquivalentTo(new[]
            {
                ("1Z999AA10123456784", "UPS", 1), ("123456789012", "FedEx", 1), ("Q-4711", "Other", 1),
            }), "every package once, not only the last tracking number");
            Assert.That(commerceOrder.GetProperty("state").GetString(), Is.EqualTo("complete"));
            Assert.That(completed.GetProperty("itemsUnshipped").GetInt32(), Is.Zero);
        });
    }

    [Test]
    public async Task Given_two_orders_When_each_is_shipped_with_the_same_Idempotency_Key_Then_Amazon_has_both_confirmations()
    {
        var mugs = await ProductAsync(quantity: 10);
        var first = await Amazon.PlaceOrderAsync("MFN", (mugs, 1, 19.90m));
        var second = await Amazon.PlaceOrderAsync("MFN", (mugs, 1, 19.90m));
        await Amazon.ChangeStatusAsync(first, "Unshipped");
        await Amazon.ChangeStatusAsync(second, "Unshipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        var numbers = new Dictionary<string, string>();
        foreach (var amazonOrderId in new[] { first, second })
        {
            numbers[amazonOrderId] = (await ChannelOrderAsync(
                    amazonOrderId, order => order.GetProperty("commerceOrderNumber").GetString() is not null))
                .GetProperty("commerceOrderNumber").GetString()!;
        }

        // An ERP that numbers its shipments per order sends the same key for the first shipment of every order.
        await ShipAsync(numbers[first], OnePackage("1Z999AA10123456784"), idempotencyKey: "ship-1");
        await ShipAsync(numbers[second], OnePackage("1Z999AA10123456791"), idempotencyKey: "ship-1");

        foreach (var (amazonOrderId, trackingNumber) in new[] { (first, "1Z999AA10123456784"), (second, "1Z999AA10123456791") })
        {
            var atAmazon = await Eventually.GetAsync<object>(async () =>
                    await AmazonOrderAsync(amazonOrderId) is { } order && order.GetProperty("orderStatus").GetString() == "Shipped" ? order : null,
                TimeSpan.FromSeconds(60), $"Amazon to have the package of {amazonOrderId}\n{Fixture.System.RecentOutput}");
            var confirmations = await TrackingSync.GetFromJsonAsync<JsonElement>($"api/tracking/confirmations?amazonOrderId={amazonOrderId}");
            Assert.Multiple(() =>
            {
                Assert.That(
                    ((JsonElement)atAmazon).GetProperty("shipmentConfirmations").EnumerateArray()
                        .Select(confirmation => confirmation.GetProperty("trackingNumber").GetString()),
                    Is.EqualTo(new[] { trackingNumber }), $"{amazonOrderId}'s package, once");
                Assert.That(confirmations.GetArrayLength(), Is.EqualTo(1), $"{amazonOrderId}'s confirmation in TrackingSync");
                Assert.That(confirmations[0].GetProperty("shipmentId").GetString(), Is.EqualTo("ship-1"));
                Assert.That(confirmations[0].GetProperty("status").GetString(), Is.EqualTo("Confirmed"));
            });
        }
    }

    private static object OnePackage(string upsTrackingNumber) => new
    {
        items = new[] { new { order_item_id = "1", qty = 1 } },
        tracks = new[] { new { track_number = upsTrackingNumber, title = "UPS", carrier_code = "ups" } },
    };

    private async Task ShipAsync(string number, object request, string? idempotencyKey = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, $"api/commerce/orders/{number}/ship")
        {
            Content = JsonContent.Create(request),
        };
        if (idempotencyKey is not null)
        {
            message.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await CommerceOrder.SendAsync(message);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement?> AmazonOrderAsync(string amazonOrderId)
    {
        using var response = await Simulator.GetAsync($"simulator/orders/{amazonOrderId}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }
}
