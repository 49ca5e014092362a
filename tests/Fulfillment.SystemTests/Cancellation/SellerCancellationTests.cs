using Fulfillment.SystemTests.Infrastructure.Identity;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Workflow;

namespace Fulfillment.SystemTests.Cancellation;

/// <summary>
/// O5 across every service: an operator cancels an unshipped order with one of Amazon's reason codes; OrderImport
/// sends Amazon (the simulator) an order acknowledgement feed, Amazon cancels the order, the poll brings the cancel
/// back, and the Commerce side closes (or never creates) the Commerce order.
/// </summary>
[NonParallelizable]
public sealed class SellerCancellationTests()
    : WorkflowTest(FulfillmentService.CommerceOrder, FulfillmentService.CustomerProvisioning)
{
    [Test]
    public async Task Given_an_unshipped_order_with_its_Commerce_order_When_canceled_with_a_reason_Then_Amazon_cancels_it_with_that_reason_and_the_Commerce_order_is_closed()
    {
        var sku = await ProductAsync(quantity: 5);
        var amazonOrderId = await VerifiedOrderAsync(sku);
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("commerceOrderNumber").GetString() is not null);

        using var response = await CancelAsync(amazonOrderId, new { reasonCode = "NoInventory" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var atAmazon = await AmazonViewAsync(amazonOrderId, order => order.GetProperty("orderStatus").GetString() == "Canceled");
        Assert.That(atAmazon.GetProperty("sellerCancellation").GetProperty("cancelReason").GetString(), Is.EqualTo("NoInventory"));
        var sent = await ChannelOrderAsync(amazonOrderId, order => Notes(order).Contains("Amazon canceled the order: NoInventory"));
        Assert.That(Notes(sent), Does.Contain("Cancellation sent to Amazon: NoInventory"));

        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));

        var canceled = await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Canceled"
            && Notes(order).Any(note => note.EndsWith("and closed", StringComparison.Ordinal)));
        var commerceOrder = await Eventually.GetAsync<object>(async () =>
            await CommerceOrderOfAsync(amazonOrderId) is { } found && found.GetProperty("state").GetString() == "closed" ? found : null,
            TimeSpan.FromSeconds(30), "the Commerce order closed");
        Assert.Multiple(() =>
        {
            Assert.That(canceled.GetProperty("amazonStatus").GetString(), Is.EqualTo("Canceled"));
            Assert.That(((JsonElement)commerceOrder).GetProperty("total_refunded").GetDecimal(), Is.GreaterThan(0));
            Assert.That(canceled.GetProperty("history").EnumerateArray().Select(entry => entry.GetProperty("eventType").GetString()),
                Is.SupersetOf(new[] { "seller_cancellation_requested", "seller_cancellation_submitted", "seller_cancellation_confirmed" })
                    .Or.SupersetOf(new[] { "SellerCancellationRequested", "SellerCancellationSubmitted", "SellerCancellationConfirmed" }));
        });
    }

    [Test]
    public async Task Given_an_unshipped_order_blocked_for_stock_When_canceled_Then_no_Commerce_order_is_ever_created()
    {
        var sku = await ProductAsync(quantity: 0);
        var amazonOrderId = await VerifiedOrderAsync(sku);
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Error");

        using var response = await CancelAsync(amazonOrderId, new { reasonCode = "BuyerCanceled", requestedBy = "ops@example.com" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        await AmazonViewAsync(amazonOrderId, order => order.GetProperty("orderStatus").GetString() == "Canceled");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Canceled");
        await PutProductAsync(sku, quantity: 5);
        await Amazon.WaitForPollsAsync(2);
        Assert.That(await CommerceOrderOfAsync(amazonOrderId), Is.Null, "a restock after the cancel creates nothing (A2)");
    }

    [Test]
    public async Task Given_Amazon_shipped_the_order_before_the_cancel_reached_it_When_canceled_Then_the_channel_order_shows_Error_with_Amazon_message()
    {
        var amazonOrderId = await VerifiedOrderAsync(await ProductAsync(quantity: 5));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Shipped");

        using var response = await CancelAsync(amazonOrderId, new { reasonCode = "GeneralAdjustment" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "OrderImport has not seen the shipment yet");
        var refused = await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Error");
        var atAmazon = await AmazonViewAsync(amazonOrderId, _ => true);
        Assert.Multiple(() =>
        {
            Assert.That(Notes(refused)[0], Does.StartWith("Cancellation refused by Amazon: ").And.Contain("Shipped"));
            Assert.That(atAmazon.GetProperty("orderStatus").GetString(), Is.EqualTo("Shipped"));
            Assert.That(atAmazon.TryGetProperty("sellerCancellation", out var canceled) ? canceled.ValueKind : JsonValueKind.Null,
                Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task Given_Amazon_created_the_feed_but_its_answer_was_lost_When_the_worker_tries_again_Then_Amazon_has_exactly_one_feed_and_the_cancel_is_confirmed()
    {
        var amazonOrderId = await VerifiedOrderAsync(await ProductAsync(quantity: 5));
        // Amazon creates (and the simulator at once processes) the feed, then the connection drops before the answer.
        await Amazon.InjectFaultAsync("createFeed", "ConnectionLost", 1);

        using var response = await CancelAsync(amazonOrderId, new { reasonCode = "NoInventory" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var answered = await ChannelOrderAsync(amazonOrderId, order => HistoryTypes(order).Any(type =>
            type is "seller_cancellation_confirmed" or "SellerCancellationConfirmed"
                or "seller_cancellation_rejected" or "SellerCancellationRejected"));
        var simulator = Fixture.System[FulfillmentService.SpApiSimulator].Http;
        var feeds = await simulator.GetFromJsonAsync<JsonElement>($"simulator/feeds?amazonOrderId={amazonOrderId}");
        var atAmazon = await AmazonViewAsync(amazonOrderId, _ => true);
        Assert.Multiple(() =>
        {
            Assert.That(feeds.GetArrayLength(), Is.EqualTo(1), $"the feeds Amazon received for the order: {feeds}");
            Assert.That(atAmazon.GetProperty("orderStatus").GetString(), Is.EqualTo("Canceled"));
            Assert.That(HistoryTypes(answered), Has.Some.Matches<string>(type =>
                type is "seller_cancellation_confirmed" or "SellerCancellationConfirmed"), "the cancel counts as confirmed");
            Assert.That(answered.GetProperty("channelStatus").GetString(), Is.Not.EqualTo("Error"));
        });
    }

    private static IEnumerable<string?> HistoryTypes(JsonElement order) =>
        order.GetProperty("history").EnumerateArray().Select(entry => entry.GetProperty("eventType").GetString());

    [Test]
    public async Task Given_read_only_mode_When_canceled_Then_the_cancel_is_held_until_the_mode_is_turned_off()
    {
        var amazonOrderId = await VerifiedOrderAsync(await ProductAsync(quantity: 5));
        await ChangeReadOnlyModeAsync(true);
        try
        {
            using var response = await CancelAsync(amazonOrderId, new { reasonCode = "ShippingAddressUndeliverable" });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            var held = await ChannelOrderAsync(amazonOrderId,
                order => Notes(order).Contains("Cancellation requested: ShippingAddressUndeliverable"));
            await Amazon.WaitForPollsAsync(3);
            Assert.That((await AmazonViewAsync(amazonOrderId, _ => true)).GetProperty("orderStatus").GetString(), Is.EqualTo("Unshipped"),
                "nothing goes to Amazon in Read-Only Mode (S8)");
            Assert.That(held.GetProperty("channelStatus").GetString(), Is.EqualTo("Unshipped"));
        }
        finally
        {
            await ChangeReadOnlyModeAsync(false);
        }

        var atAmazon = await AmazonViewAsync(amazonOrderId, order => order.GetProperty("orderStatus").GetString() == "Canceled");
        Assert.That(atAmazon.GetProperty("sellerCancellation").GetProperty("cancelReason").GetString(), Is.EqualTo("ShippingAddressUndeliverable"));
    }

    [TestCase("OutOfStock")]
    [TestCase("noinventory")]
    public async Task Given_a_reason_that_is_not_one_of_Amazon_ten_When_canceled_Then_400_names_reasonCode(string reason)
    {
        var amazonOrderId = await VerifiedOrderAsync(await ProductAsync(quantity: 5));

        using var response = await CancelAsync(amazonOrderId, new { reasonCode = reason });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").EnumerateObject().Select(error => error.Name),
                Is.EqualTo(new[] { "reasonCode" }).Using((IEqualityComparer<string>)StringComparer.OrdinalIgnoreCase));
        });
    }

    [Test]
    public async Task Given_an_order_Amazon_reports_shipped_When_canceled_Then_409_and_nothing_goes_to_Amazon()
    {
        var amazonOrderId = await VerifiedOrderAsync(await ProductAsync(quantity: 5));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Shipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("amazonStatus").GetString() == "Shipped");
        var feedsBefore = (await Amazon.RequestsOfAsync("createFeed")).Accepted;

        using var response = await CancelAsync(amazonOrderId, new { reasonCode = "NoInventory" });

        var feedsAfter = (await Amazon.RequestsOfAsync("createFeed")).Accepted;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(feedsAfter, Is.EqualTo(feedsBefore));
        });
    }

    [Test]
    public async Task Given_no_token_When_canceled_Then_401_and_a_viewer_403()
    {
        var amazonOrderId = await VerifiedOrderAsync(await ProductAsync(quantity: 5));

        using var anonymous = await CancelAsync(amazonOrderId, new { reasonCode = "NoInventory" }, person: null);
        using var viewer = await CancelAsync(amazonOrderId, new { reasonCode = "NoInventory" }, TestPeople.Viewer);

        Assert.Multiple(() =>
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(viewer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task Given_an_unknown_order_When_canceled_Then_404() =>
        Assert.That((await CancelAsync("111-0000000-0000000", new { reasonCode = "NoInventory" })).StatusCode,
            Is.EqualTo(HttpStatusCode.NotFound));

    /// <summary>An MFN order Amazon verified, as OrderImport has listed it Unshipped (or Error for a stock block).</summary>
    private async Task<string> VerifiedOrderAsync(string sku)
    {
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (sku, 2, 19.90m));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("amazonStatus").GetString() == "Unshipped");
        return amazonOrderId;
    }

    private async Task ChangeReadOnlyModeAsync(bool readOnlyMode)
    {
        using var response = await OrderImport.PutAsJsonAsync($"api/stores/{Polling.PollingFixture.StoreId}/settings", new
        {
            importOrders = true, customerCreation = "Guest", orderNumberSource = "CommerceIncrementNumber",
            pendingOrders = "DoNotReserveQuantity", state = "Active", readOnlyMode,
        });
        response.EnsureSuccessStatusCode();
    }

    private async Task<HttpResponseMessage> CancelAsync(string amazonOrderId, object body, string? person = TestPeople.Operator)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/orders/{amazonOrderId}/cancel") { Content = JsonContent.Create(body) };
        return await OrderImport.SendAsAsync(request, person);
    }

    private async Task<JsonElement> AmazonViewAsync(string amazonOrderId, Func<JsonElement, bool> until)
    {
        var simulator = Fixture.System[FulfillmentService.SpApiSimulator].Http;
        return (JsonElement)await Eventually.GetAsync<object>(async () =>
        {
            var order = await simulator.GetFromJsonAsync<JsonElement>($"simulator/orders/{amazonOrderId}");
            return until(order) ? order : null;
        }, TimeSpan.FromSeconds(60), $"Amazon's view of {amazonOrderId}\n{Fixture.System.RecentOutput}");
    }

    private static IReadOnlyList<string> Notes(JsonElement order) =>
        [.. order.GetProperty("notes").EnumerateArray().Select(note => note.GetString()!)];
}
