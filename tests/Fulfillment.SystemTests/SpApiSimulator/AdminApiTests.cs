using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>The admin API plays Amazon: it validates what it is asked (400 naming the field) and moves orders only as Amazon would.</summary>
public sealed class AdminApiTests
{
    private RunningSimulator _simulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _simulator = await RunningSimulator.StartFastAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [Test]
    public async Task Given_a_new_order_When_placed_Then_Pending_with_Amazon_ids_and_prices_kept_by_Amazon()
    {
        var order = await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Seller));

        Assert.Multiple(() =>
        {
            Assert.That(order.GetProperty("amazonOrderId").GetString(), Does.Match(@"^\d{3}-\d{7}-\d{7}$"));
            Assert.That(order.GetProperty("orderStatus").GetString(), Is.EqualTo("Pending"));
            Assert.That(order.GetProperty("items")[0].GetProperty("orderItemId").GetString(), Does.Match(@"^\d{14}$"));
            Assert.That(order.GetProperty("orderTotal").GetDecimal(), Is.EqualTo(31.99m));
            Assert.That(order.GetProperty("lastUpdateDate").GetDateTimeOffset(), Is.EqualTo(order.GetProperty("purchaseDate").GetDateTimeOffset()));
        });
    }

    [TestCase("sellerId", "A-UNKNOWN", "SellerId")]
    [TestCase("marketplaceId", "XX", "MarketplaceId")]
    [TestCase("fulfillmentChannel", "FBM", "FulfillmentChannel")]
    [TestCase("purchaseDate", "2999-01-01T00:00:00Z", "PurchaseDate")]
    public async Task Given_an_order_with_a_bad_field_When_placed_Then_400_naming_it(string field, string value, string named)
    {
        var order = JsonSerializer.SerializeToNode(SimulatedOrders.Mfn(_simulator.Seller), JsonSerializerOptions.Web)!.AsObject();
        order[field] = value;

        using var response = await _simulator.Http.PostAsJsonAsync("simulator/orders", order);

        await AssertNamesAsync(response, named);
    }

    [Test]
    public async Task Given_an_item_with_no_quantity_When_placed_Then_400_naming_the_item_field()
    {
        using var response = await _simulator.Http.PostAsJsonAsync("simulator/orders", new
        {
            sellerId = _simulator.Seller.SellerId,
            marketplaceId = RunningSimulator.UsMarketplace,
            fulfillmentChannel = "AFN",
            items = new[] { new { sellerSku = "SKU-1", quantity = 0, unitPrice = 5m } },
        });

        await AssertNamesAsync(response, "Items[0].Quantity");
    }

    [Test]
    public async Task Given_a_merchant_fulfilled_order_without_a_ship_to_address_When_placed_Then_400_naming_ShipTo()
    {
        using var response = await _simulator.Http.PostAsJsonAsync("simulator/orders", new
        {
            sellerId = _simulator.Seller.SellerId,
            marketplaceId = RunningSimulator.UsMarketplace,
            fulfillmentChannel = "MFN",
            items = new[] { new { sellerSku = "SKU-1", quantity = 1, unitPrice = 5m } },
        });

        await AssertNamesAsync(response, "ShipTo");
    }

    [Test]
    public async Task Given_a_Canceled_order_When_moved_to_Unshipped_Then_400_naming_Status()
    {
        var orderId = await PlaceAsync();
        await _simulator.ChangeStatusAsync(orderId, "Canceled");

        using var response = await _simulator.Http.PostAsJsonAsync($"simulator/orders/{orderId}/status", new { status = "Unshipped" });

        await AssertNamesAsync(response, "Status");
    }

    [Test]
    public async Task Given_an_order_When_a_status_change_is_dated_before_its_last_update_Then_400_naming_At()
    {
        var orderId = await PlaceAsync();

        using var response = await _simulator.Http.PostAsJsonAsync(
            $"simulator/orders/{orderId}/status", new { status = "Unshipped", at = DateTimeOffset.UtcNow.AddDays(-1) });

        await AssertNamesAsync(response, "At");
    }

    [Test]
    public async Task Given_status_changes_When_read_from_Amazon_view_Then_history_and_LastUpdateDate_follow_them()
    {
        var purchased = DateTimeOffset.UtcNow.AddMinutes(-30);
        var orderId = (await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Seller, purchased))).GetProperty("amazonOrderId").GetString()!;
        var verifiedAt = purchased.AddMinutes(5);

        await _simulator.ChangeStatusAsync(orderId, "Unshipped", verifiedAt);
        var canceled = await _simulator.ChangeStatusAsync(orderId, "Canceled");

        var history = canceled.GetProperty("statusHistory").EnumerateArray()
            .Select(change => change.GetProperty("status").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(history, Is.EqualTo(new[] { "Pending", "Unshipped", "Canceled" }));
            Assert.That(canceled.GetProperty("lastUpdateDate").GetDateTimeOffset(), Is.GreaterThan(verifiedAt));
        });
    }

    [Test]
    public async Task Given_a_buyer_cancellation_request_When_the_items_are_read_Then_BuyerRequestedCancel_shows_it()
    {
        var orderId = await PlaceAsync();
        await _simulator.ChangeStatusAsync(orderId, "Unshipped");
        var token = await _simulator.AccessTokenAsync();

        using var request = await _simulator.Http.PostAsJsonAsync(
            $"simulator/orders/{orderId}/buyer-cancellation", new { reason = "Ordered by mistake" });
        using var items = await _simulator.GetAsync($"orders/v0/orders/{orderId}/orderItems", token);

        var cancel = (await items.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("payload").GetProperty("OrderItems")[0].GetProperty("BuyerRequestedCancel");
        Assert.Multiple(() =>
        {
            Assert.That(request.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(cancel.GetProperty("IsBuyerRequestedCancel").GetString(), Is.EqualTo("true"));
            Assert.That(cancel.GetProperty("BuyerCancelReason").GetString(), Is.EqualTo("Ordered by mistake"));
        });
    }

    [Test]
    public async Task Given_an_unknown_order_When_its_status_is_changed_Then_404()
    {
        using var response = await _simulator.Http.PostAsJsonAsync("simulator/orders/111-0000000-0000000/status", new { status = "Unshipped" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Given_orders_When_reset_Then_Amazon_has_none()
    {
        var orderId = await PlaceAsync();

        (await _simulator.Http.PostAsync("simulator/reset", null)).EnsureSuccessStatusCode();

        using var response = await _simulator.Http.GetAsync($"simulator/orders/{orderId}");
        var all = await _simulator.Http.GetFromJsonAsync<JsonElement>("simulator/orders");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(all.GetArrayLength(), Is.Zero);
        });
    }

    private async Task<string> PlaceAsync() =>
        (await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Seller))).GetProperty("amazonOrderId").GetString()!;

    private static async Task AssertNamesAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
        });
    }
}
