using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>Without a valid <c>x-amz-access-token</c> Amazon answers 403 <c>Unauthorized</c>, and a seller sees only its own orders.</summary>
public sealed class UnauthorizedAccessTests
{
    private RunningSimulator _simulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _simulator = await RunningSimulator.StartAsync(new Dictionary<string, string>
    {
        ["SpApiSimulator__Lwa__AccessTokenLifetimeSeconds"] = "2",
        ["SpApiSimulator__RateLimits__Multiplier"] = "1000",
    });

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [Test]
    public async Task Given_no_access_token_When_listing_orders_Then_403_Unauthorized_without_a_rate_limit_header()
    {
        using var response = await _simulator.GetAsync(OrdersSince(), token: null);

        await AssertUnauthorizedAsync(response);
        Assert.That(response.Headers.Contains("x-amzn-RequestId"), Is.True);
    }

    [Test]
    public async Task Given_a_token_the_simulator_never_issued_When_reading_an_order_Then_403_Unauthorized()
    {
        using var response = await _simulator.GetAsync("orders/v0/orders/111-0000000-0000001", "Atza|made-up");

        await AssertUnauthorizedAsync(response);
    }

    [Test]
    public async Task Given_an_access_token_past_its_lifetime_When_used_Then_403_saying_it_expired()
    {
        var token = await _simulator.AccessTokenAsync();
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        using var response = await _simulator.GetAsync(OrdersSince(), token);

        var body = await AssertUnauthorizedAsync(response);
        Assert.That(body.GetProperty("errors")[0].GetProperty("details").GetString(), Does.Contain("expired"));
    }

    [Test]
    public async Task Given_refused_requests_When_counted_Then_they_are_unauthorized_not_accepted()
    {
        var before = await _simulator.CountsAsync("getOrderItems");

        (await _simulator.GetAsync("orders/v0/orders/111-0000000-0000002/orderItems", token: null)).Dispose();
        (await _simulator.GetAsync("orders/v0/orders/111-0000000-0000002/orderItems", "Atza|made-up")).Dispose();

        var after = await _simulator.CountsAsync("getOrderItems");
        Assert.Multiple(() =>
        {
            Assert.That(after.GetProperty("unauthorized").GetInt64() - before.GetProperty("unauthorized").GetInt64(), Is.EqualTo(2));
            Assert.That(after.GetProperty("accepted").GetInt64(), Is.EqualTo(before.GetProperty("accepted").GetInt64()));
        });
    }

    [Test]
    public async Task Given_an_order_of_another_seller_When_read_Then_it_does_not_exist_for_this_seller()
    {
        var order = await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Sellers[0]));
        var orderId = order.GetProperty("amazonOrderId").GetString();
        var otherSeller = await _simulator.AccessTokenAsync(_simulator.Sellers[1]);

        using var getOrder = await _simulator.GetAsync($"orders/v0/orders/{orderId}", otherSeller);
        using var getOrderItems = await _simulator.GetAsync($"orders/v0/orders/{orderId}/orderItems", otherSeller);

        var payload = (await getOrder.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payload");
        Assert.Multiple(() =>
        {
            // Amazon answers an unknown order with 200 and an empty payload rather than the documented 404.
            Assert.That(getOrder.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(payload.EnumerateObject(), Is.Empty);
            Assert.That(getOrderItems.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    private static string OrdersSince() =>
        $"orders/v0/orders?MarketplaceIds={RunningSimulator.UsMarketplace}&LastUpdatedAfter=2026-01-01T00:00:00Z";

    private static async Task<JsonElement> AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = body.GetProperty("errors")[0];
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("Unauthorized"));
            Assert.That(error.GetProperty("message").GetString(), Is.EqualTo("Access to requested resource is denied."));
            Assert.That(response.Headers.Contains("x-amzn-RateLimit-Limit"), Is.False);
        });
        return body;
    }
}
