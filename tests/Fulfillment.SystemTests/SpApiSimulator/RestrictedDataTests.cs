using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>Buyer data and addresses need a Restricted Data Token for exactly the resource asked for, as Amazon requires for PII.</summary>
public sealed class RestrictedDataTests
{
    private RunningSimulator _simulator = null!;
    private string _accessToken = null!;
    private string _orderId = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _simulator = await RunningSimulator.StartFastAsync();
        _accessToken = await _simulator.AccessTokenAsync();
        var order = await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Seller));
        _orderId = order.GetProperty("amazonOrderId").GetString()!;
        await _simulator.ChangeStatusAsync(_orderId, "Unshipped");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [TestCase("buyerInfo")]
    [TestCase("address")]
    public async Task Given_an_LWA_access_token_When_asking_for_personal_data_Then_403(string resource)
    {
        using var response = await _simulator.GetAsync($"orders/v0/orders/{_orderId}/{resource}", _accessToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Given_an_RDT_for_any_order_buyer_info_When_asking_for_it_Then_the_buyer_name_and_email()
    {
        var rdt = await _simulator.RestrictedDataTokenAsync(_accessToken, ("GET", "/orders/v0/orders/{orderId}/buyerInfo", []));

        using var response = await _simulator.GetAsync($"orders/v0/orders/{_orderId}/buyerInfo", rdt);

        var payload = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payload");
        Assert.Multiple(() =>
        {
            Assert.That(rdt, Does.StartWith("Atz.sprdt|"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(payload.GetProperty("AmazonOrderId").GetString(), Is.EqualTo(_orderId));
            Assert.That(payload.GetProperty("BuyerName").GetString(), Is.EqualTo("Jane Doe"));
            Assert.That(payload.GetProperty("BuyerEmail").GetString(), Is.EqualTo("jane.doe@marketplace.amazon.com"));
        });
    }

    [Test]
    public async Task Given_an_RDT_for_another_order_address_When_asking_for_this_order_address_Then_403()
    {
        var rdt = await _simulator.RestrictedDataTokenAsync(_accessToken, ("GET", "/orders/v0/orders/111-1111111-1111111/address", []));

        using var response = await _simulator.GetAsync($"orders/v0/orders/{_orderId}/address", rdt);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Given_an_RDT_for_this_order_address_When_asking_for_it_Then_the_full_address_with_phone()
    {
        var rdt = await _simulator.RestrictedDataTokenAsync(_accessToken, ("GET", $"/orders/v0/orders/{_orderId}/address", []));

        using var response = await _simulator.GetAsync($"orders/v0/orders/{_orderId}/address", rdt);

        var address = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payload").GetProperty("ShippingAddress");
        Assert.Multiple(() =>
        {
            Assert.That(address.GetProperty("Name").GetString(), Is.EqualTo("Jane Doe"));
            Assert.That(address.GetProperty("AddressLine1").GetString(), Is.EqualTo("410 Terry Ave N"));
            Assert.That(address.GetProperty("Phone").GetString(), Is.EqualTo("+1 206-555-0100"));
            Assert.That(address.GetProperty("CountryCode").GetString(), Is.EqualTo("US"));
        });
    }

    [Test]
    public async Task Given_an_RDT_When_used_for_an_operation_it_does_not_name_Then_403()
    {
        var rdt = await _simulator.RestrictedDataTokenAsync(_accessToken, ("GET", "/orders/v0/orders/{orderId}/address", []));

        using var orders = await _simulator.GetAsync(
            $"orders/v0/orders?MarketplaceIds={RunningSimulator.UsMarketplace}&CreatedAfter=2026-01-01T00:00:00Z", rdt);
        using var items = await _simulator.GetAsync($"orders/v0/orders/{_orderId}/orderItems", rdt);

        Assert.Multiple(() =>
        {
            Assert.That(orders.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(items.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task Given_getOrder_When_called_with_an_access_token_and_with_an_RDT_for_buyer_data_Then_only_the_RDT_sees_it()
    {
        var rdt = await _simulator.RestrictedDataTokenAsync(
            _accessToken, ("GET", "/orders/v0/orders/{orderId}", ["buyerInfo", "shippingAddress"]));

        var plain = await OrderAsync(_accessToken);
        var restricted = await OrderAsync(rdt);

        Assert.Multiple(() =>
        {
            Assert.That(plain.TryGetProperty("BuyerInfo", out _), Is.False);
            Assert.That(plain.GetProperty("ShippingAddress").GetProperty("City").GetString(), Is.EqualTo("Seattle"));
            Assert.That(plain.GetProperty("ShippingAddress").TryGetProperty("AddressLine1", out _), Is.False);
            Assert.That(plain.GetProperty("ShippingAddress").TryGetProperty("Name", out _), Is.False);
            Assert.That(restricted.GetProperty("BuyerInfo").GetProperty("BuyerName").GetString(), Is.EqualTo("Jane Doe"));
            Assert.That(restricted.GetProperty("ShippingAddress").GetProperty("AddressLine1").GetString(), Is.EqualTo("410 Terry Ave N"));
        });
    }

    [Test]
    public async Task Given_a_resource_that_is_not_restricted_When_asking_for_an_RDT_Then_400_InvalidRequest()
    {
        using var response = await _simulator.CreateRestrictedDataTokenAsync(_accessToken, new
        {
            restrictedResources = new[] { new { method = "POST", path = $"/orders/v0/orders/{_orderId}/shipmentConfirmation" } },
        });

        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("InvalidRequest"));
        });
    }

    [Test]
    public async Task Given_getOrders_without_dataElements_When_asking_for_an_RDT_Then_400()
    {
        using var response = await _simulator.CreateRestrictedDataTokenAsync(_accessToken, new
        {
            restrictedResources = new[] { new { method = "GET", path = "/orders/v0/orders" } },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private async Task<JsonElement> OrderAsync(string token)
    {
        using var response = await _simulator.GetAsync($"orders/v0/orders/{_orderId}", token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payload");
    }
}
