using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>
/// Until Amazon verifies the payment an order has no total, no buyer data, no address and items without prices;
/// once it is <c>Unshipped</c> they all appear and <c>LastUpdateDate</c> has moved.
/// </summary>
public sealed class PendingOrderTests
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
            ("GET", "/orders/v0/orders/{orderId}", ["buyerInfo", "shippingAddress"]),
            ("GET", "/orders/v0/orders/{orderId}/buyerInfo", []),
            ("GET", "/orders/v0/orders/{orderId}/address", []));
    }

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [Test]
    public async Task Given_a_Pending_order_When_read_with_an_RDT_for_all_its_data_Then_no_total_buyer_or_address()
    {
        var orderId = await PlacePendingOrderAsync();

        var order = await PayloadAsync($"orders/v0/orders/{orderId}", _restrictedDataToken);
        var buyerInfo = await PayloadAsync($"orders/v0/orders/{orderId}/buyerInfo", _restrictedDataToken);
        var address = await PayloadAsync($"orders/v0/orders/{orderId}/address", _restrictedDataToken);

        Assert.Multiple(() =>
        {
            Assert.That(order.GetProperty("OrderStatus").GetString(), Is.EqualTo("Pending"));
            Assert.That(order.TryGetProperty("OrderTotal", out _), Is.False);
            Assert.That(order.TryGetProperty("BuyerInfo", out _), Is.False);
            Assert.That(order.TryGetProperty("ShippingAddress", out _), Is.False);
            Assert.That(buyerInfo.EnumerateObject().Select(property => property.Name), Is.EqualTo(new[] { "AmazonOrderId" }));
            Assert.That(address.EnumerateObject().Select(property => property.Name), Is.EqualTo(new[] { "AmazonOrderId" }));
        });
    }

    [Test]
    public async Task Given_a_Pending_order_When_its_items_are_read_Then_no_prices_taxes_or_gift_status()
    {
        var orderId = await PlacePendingOrderAsync();

        var item = (await PayloadAsync($"orders/v0/orders/{orderId}/orderItems", _accessToken)).GetProperty("OrderItems")[0];

        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("SellerSKU").GetString(), Is.EqualTo("SKU-MUG-RED"));
            Assert.That(item.GetProperty("QuantityOrdered").GetInt32(), Is.EqualTo(2));
            Assert.That(item.GetProperty("OrderItemId").GetString(), Does.Match(@"^\d{14}$"));
            foreach (var hidden in new[] { "ItemPrice", "ItemTax", "ShippingPrice", "ShippingTax", "PromotionDiscount", "IsGift" })
            {
                Assert.That(item.TryGetProperty(hidden, out _), Is.False, hidden);
            }
        });
    }

    [Test]
    public async Task Given_a_Pending_order_When_Amazon_verifies_it_Then_total_prices_buyer_and_address_appear_and_LastUpdateDate_moves()
    {
        var orderId = await PlacePendingOrderAsync(DateTimeOffset.UtcNow.AddMinutes(-30));
        var pending = await PayloadAsync($"orders/v0/orders/{orderId}", _accessToken);

        await _simulator.ChangeStatusAsync(orderId, "Unshipped");

        var order = await PayloadAsync($"orders/v0/orders/{orderId}", _restrictedDataToken);
        var item = (await PayloadAsync($"orders/v0/orders/{orderId}/orderItems", _accessToken)).GetProperty("OrderItems")[0];
        var buyerInfo = await PayloadAsync($"orders/v0/orders/{orderId}/buyerInfo", _restrictedDataToken);
        Assert.Multiple(() =>
        {
            Assert.That(order.GetProperty("OrderStatus").GetString(), Is.EqualTo("Unshipped"));
            Assert.That(
                DateTimeOffset.Parse(order.GetProperty("LastUpdateDate").GetString()!),
                Is.GreaterThan(DateTimeOffset.Parse(pending.GetProperty("LastUpdateDate").GetString()!)));
            Assert.That(order.GetProperty("OrderTotal").GetProperty("Amount").GetString(), Is.EqualTo("31.99"));
            Assert.That(order.GetProperty("OrderTotal").GetProperty("CurrencyCode").GetString(), Is.EqualTo("USD"));
            Assert.That(order.GetProperty("NumberOfItemsUnshipped").GetInt32(), Is.EqualTo(2));
            Assert.That(order.GetProperty("ShippingAddress").GetProperty("Name").GetString(), Is.EqualTo("Jane Doe"));
            Assert.That(item.GetProperty("ItemPrice").GetProperty("Amount").GetString(), Is.EqualTo("25.00"));
            Assert.That(item.GetProperty("ItemTax").GetProperty("Amount").GetString(), Is.EqualTo("2.00"));
            Assert.That(item.GetProperty("ShippingPrice").GetProperty("Amount").GetString(), Is.EqualTo("4.99"));
            Assert.That(buyerInfo.GetProperty("BuyerEmail").GetString(), Is.EqualTo("jane.doe@marketplace.amazon.com"));
        });
    }

    private async Task<string> PlacePendingOrderAsync(DateTimeOffset? purchaseDate = null) =>
        (await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Seller, purchaseDate)))
        .GetProperty("amazonOrderId").GetString()!;

    private async Task<JsonElement> PayloadAsync(string path, string token)
    {
        using var response = await _simulator.GetAsync(path, token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payload");
    }
}
