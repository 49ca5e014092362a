using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>FBA (AFN) orders: Amazon never shows the phone, may miss buyer fields, and ships them itself.</summary>
public sealed class FbaOrderTests
{
    private RunningSimulator _simulator = null!;
    private string _accessToken = null!;
    private string _restrictedDataToken = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _simulator = await RunningSimulator.StartFastAsync();
        _accessToken = await _simulator.AccessTokenAsync();
        _restrictedDataToken = await _simulator.RestrictedDataTokenAsync(
            _accessToken,
            ("GET", "/orders/v0/orders/{orderId}/buyerInfo", []),
            ("GET", "/orders/v0/orders/{orderId}/address", []));
    }

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [Test]
    public async Task Given_an_FBA_order_shipped_by_Amazon_When_its_address_is_read_Then_there_is_no_phone()
    {
        var orderId = await PlaceShippedFbaOrderAsync();

        var address = (await PayloadAsync($"orders/v0/orders/{orderId}/address")).GetProperty("ShippingAddress");

        Assert.Multiple(() =>
        {
            Assert.That(address.GetProperty("Name").GetString(), Is.EqualTo("Sam Smith"));
            Assert.That(address.TryGetProperty("Phone", out _), Is.False);
        });
    }

    [Test]
    public async Task Given_an_FBA_buyer_without_a_name_When_buyer_info_is_read_Then_only_the_email()
    {
        var orderId = await PlaceShippedFbaOrderAsync();

        var buyer = await PayloadAsync($"orders/v0/orders/{orderId}/buyerInfo");

        Assert.Multiple(() =>
        {
            Assert.That(buyer.GetProperty("BuyerEmail").GetString(), Is.EqualTo("fba.buyer@marketplace.amazon.com"));
            Assert.That(buyer.TryGetProperty("BuyerName", out _), Is.False);
        });
    }

    [Test]
    public async Task Given_an_FBA_order_When_shipped_by_Amazon_Then_every_item_counts_as_shipped()
    {
        var orderId = await PlaceShippedFbaOrderAsync();

        using var response = await _simulator.GetAsync($"orders/v0/orders/{orderId}", _accessToken);

        var order = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payload");
        Assert.Multiple(() =>
        {
            Assert.That(order.GetProperty("FulfillmentChannel").GetString(), Is.EqualTo("AFN"));
            Assert.That(order.GetProperty("OrderStatus").GetString(), Is.EqualTo("Shipped"));
            Assert.That(order.GetProperty("NumberOfItemsShipped").GetInt32(), Is.EqualTo(1));
            Assert.That(order.GetProperty("NumberOfItemsUnshipped").GetInt32(), Is.Zero);
        });
    }

    [Test]
    public async Task Given_an_FBA_order_When_the_seller_confirms_a_shipment_Then_400_and_nothing_recorded()
    {
        var order = await _simulator.PlaceOrderAsync(SimulatedOrders.Afn(_simulator.Seller));
        var orderId = order.GetProperty("amazonOrderId").GetString()!;
        await _simulator.ChangeStatusAsync(orderId, "Unshipped");

        using var response = await _simulator.ConfirmShipmentAsync(_accessToken, orderId, new
        {
            marketplaceId = RunningSimulator.UsMarketplace,
            packageDetail = new
            {
                packageReferenceId = "1",
                carrierCode = "UPS",
                trackingNumber = "1Z999AA10123456784",
                shipDate = "2026-11-20T10:00:00Z",
                orderItems = new[] { new { orderItemId = order.GetProperty("items")[0].GetProperty("orderItemId").GetString(), quantity = 1 } },
            },
        });

        var amazonView = await _simulator.SimulatedOrderAsync(orderId);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(amazonView.GetProperty("shipmentConfirmations").GetArrayLength(), Is.Zero);
        });
    }

    private async Task<string> PlaceShippedFbaOrderAsync()
    {
        var orderId = (await _simulator.PlaceOrderAsync(SimulatedOrders.Afn(_simulator.Seller))).GetProperty("amazonOrderId").GetString()!;
        await _simulator.ChangeStatusAsync(orderId, "Unshipped");
        await _simulator.ChangeStatusAsync(orderId, "Shipped");
        return orderId;
    }

    private async Task<JsonElement> PayloadAsync(string path)
    {
        using var response = await _simulator.GetAsync(path, _restrictedDataToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payload");
    }
}
