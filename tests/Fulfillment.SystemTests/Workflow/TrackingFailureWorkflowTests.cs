using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Workflow;

/// <summary>
/// T3 and T4 across every service: Amazon failing confirmations for a while, or refusing one for good until an
/// operator retries it.
/// </summary>
[NonParallelizable]
public sealed class TrackingFailureWorkflowTests()
    : WorkflowTest(FulfillmentService.CommerceOrder, FulfillmentService.CustomerProvisioning, FulfillmentService.TrackingSync)
{
    private HttpClient Simulator => Fixture.System[FulfillmentService.SpApiSimulator].Http;
    private HttpClient TrackingSync => Fixture.System[FulfillmentService.TrackingSync].Http;

    /// <remarks>A lost answer after Amazon acted is the dropped connection here; TrackingSync's own tests also answer too late.</remarks>
    [Test]
    public async Task Given_Amazon_failing_confirmations_for_a_while_When_shipped_Then_each_package_is_confirmed_exactly_once()
    {
        var (amazonOrderId, number) = await CommerceOrderPlacedAsync();
        await Amazon.InjectFaultAsync("confirmShipment", "Throttle", 2);
        await Amazon.InjectFaultAsync("confirmShipment", "InternalError", 1);
        await ArmAsync(new { operation = "confirmShipment", kind = "ConnectionLost", count = 1 });

        await ShipAsync(number, new
        {
            items = new[] { new { order_item_id = "1", qty = 2 } },
            tracks = new object[]
            {
                new { track_number = "1Z999AA10123456784", title = "UPS", carrier_code = "ups", items = new[] { new { order_item_id = "1", qty = 1 } } },
                new { track_number = "1Z999AA10123456785", title = "UPS", carrier_code = "ups", items = new[] { new { order_item_id = "1", qty = 1 } } },
            },
        });

        var channelOrder = await ChannelOrderAsync(amazonOrderId, order =>
            order.GetProperty("notes").EnumerateArray().Any(note => note.GetString() == "Tracking information has been submitted to Amazon"));
        var confirmations = await ConfirmationsAtAmazonAsync(amazonOrderId);
        Assert.Multiple(() =>
        {
            Assert.That(confirmations.Select(confirmation => confirmation.GetProperty("trackingNumber").GetString()),
                Is.EquivalentTo(new[] { "1Z999AA10123456784", "1Z999AA10123456785" }), "each package once at Amazon");
            Assert.That(channelOrder.GetProperty("channelStatus").GetString(), Is.EqualTo("Shipped"));
        });
    }

    [Test]
    public async Task Given_Amazon_refusing_a_confirmation_When_shipped_Then_the_order_shows_the_error_until_an_operator_retry_succeeds()
    {
        var (amazonOrderId, number) = await CommerceOrderPlacedAsync();
        await ArmAsync(new { operation = "confirmShipment", kind = "Rejected", count = 1 });

        var shipmentId = await ShipAsync(number, new
        {
            items = new[] { new { order_item_id = "1", qty = 2 } },
            tracks = new[] { new { track_number = "1Z999AA10123456784", title = "UPS", carrier_code = "ups" } },
        });

        var failed = await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Error");
        Assert.That(failed.GetProperty("notes")[0].GetString(), Does.StartWith("Transmission of tracking information failed: ")
            .And.Contain("carrier and tracking number could not be verified"));
        Assert.That(await ConfirmationsAtAmazonAsync(amazonOrderId), Is.Empty);

        using var retry = await TrackingSync.PostAsync($"api/tracking/confirmations/{amazonOrderId}/{shipmentId}/retry", null);

        var shipped = await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Shipped");
        Assert.Multiple(async () =>
        {
            Assert.That(retry.IsSuccessStatusCode, Is.True, await retry.Content.ReadAsStringAsync());
            Assert.That(shipped.GetProperty("notes")[0].GetString(), Is.EqualTo("Tracking information has been submitted to Amazon"));
            Assert.That(await ConfirmationsAtAmazonAsync(amazonOrderId), Has.Count.EqualTo(1));
        });
    }

    private async Task<(string AmazonOrderId, string Number)> CommerceOrderPlacedAsync()
    {
        var sku = await ProductAsync(quantity: 5);
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (sku, 2, 10.00m));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        var channelOrder = await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("commerceOrderNumber").GetString() is not null);
        return (amazonOrderId, channelOrder.GetProperty("commerceOrderNumber").GetString()!);
    }

    private async Task ArmAsync(object fault)
    {
        using var response = await Simulator.PostAsJsonAsync("simulator/faults", fault);
        response.EnsureSuccessStatusCode();
    }

    private async Task<string> ShipAsync(string number, object request)
    {
        using var response = await CommerceOrder.PostAsJsonAsync($"api/commerce/orders/{number}/ship", request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("shipment_id").GetString()!;
    }

    private async Task<IReadOnlyList<JsonElement>> ConfirmationsAtAmazonAsync(string amazonOrderId)
    {
        var order = await Simulator.GetFromJsonAsync<JsonElement>($"simulator/orders/{amazonOrderId}");
        return [.. order.GetProperty("shipmentConfirmations").EnumerateArray()];
    }
}
