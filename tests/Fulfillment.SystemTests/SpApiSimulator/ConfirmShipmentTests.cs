using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>
/// <c>confirmShipment</c> records each package (204, no body), ships its quantities and moves the order to
/// <c>PartiallyShipped</c> then <c>Shipped</c>; unknown items, too many units, a package confirmed twice and orders that
/// cannot ship get 400 <c>InvalidInput</c> and change nothing.
/// </summary>
public sealed class ConfirmShipmentTests
{
    private RunningSimulator _simulator = null!;
    private string _accessToken = null!;
    private string _orderId = null!;
    private string _mugs = null!;
    private string _plate = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _simulator = await RunningSimulator.StartFastAsync();
        _accessToken = await _simulator.AccessTokenAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [SetUp]
    public async Task PlaceUnshippedOrder()
    {
        var order = await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(
            _simulator.Seller, DateTimeOffset.UtcNow.AddHours(-2), [("SKU-MUG", 2, 10m), ("SKU-PLATE", 1, 15m)]));
        _orderId = order.GetProperty("amazonOrderId").GetString()!;
        _mugs = order.GetProperty("items")[0].GetProperty("orderItemId").GetString()!;
        _plate = order.GetProperty("items")[1].GetProperty("orderItemId").GetString()!;
        await _simulator.ChangeStatusAsync(_orderId, "Unshipped", DateTimeOffset.UtcNow.AddHours(-1));
    }

    [Test]
    public async Task Given_an_Unshipped_order_When_one_package_ships_part_of_it_Then_204_recorded_and_PartiallyShipped()
    {
        using var response = await ConfirmAsync(Package("1", "1Z999AA10123456784", (_mugs, 1)));

        var body = await response.Content.ReadAsStringAsync();
        var amazonView = await _simulator.SimulatedOrderAsync(_orderId);
        var confirmation = amazonView.GetProperty("shipmentConfirmations")[0];
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(body, Is.Empty);
            Assert.That(response.Headers.Contains("x-amzn-RateLimit-Limit"), Is.True);
            Assert.That(amazonView.GetProperty("orderStatus").GetString(), Is.EqualTo("PartiallyShipped"));
            Assert.That(confirmation.GetProperty("packageReferenceId").GetString(), Is.EqualTo("1"));
            Assert.That(confirmation.GetProperty("carrierCode").GetString(), Is.EqualTo("UPS"));
            Assert.That(confirmation.GetProperty("trackingNumber").GetString(), Is.EqualTo("1Z999AA10123456784"));
            Assert.That(confirmation.GetProperty("items")[0].GetProperty("orderItemId").GetString(), Is.EqualTo(_mugs));
            Assert.That(confirmation.GetProperty("items")[0].GetProperty("quantity").GetInt32(), Is.EqualTo(1));
            Assert.That(
                amazonView.GetProperty("lastUpdateDate").GetDateTimeOffset(),
                Is.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5)));
        });
    }

    [Test]
    public async Task Given_two_packages_covering_every_unit_When_confirmed_Then_the_order_is_Shipped_for_the_seller_too()
    {
        using var first = await ConfirmAsync(Package("1", "1Z999AA10123456784", (_mugs, 1)));
        using var second = await ConfirmAsync(Package("2", "1Z999AA10123456785", (_mugs, 1), (_plate, 1)));

        using var response = await _simulator.GetAsync($"orders/v0/orders/{_orderId}", _accessToken);
        var order = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payload");
        var amazonView = await _simulator.SimulatedOrderAsync(_orderId);
        Assert.Multiple(() =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(order.GetProperty("OrderStatus").GetString(), Is.EqualTo("Shipped"));
            Assert.That(order.GetProperty("NumberOfItemsShipped").GetInt32(), Is.EqualTo(3));
            Assert.That(order.GetProperty("NumberOfItemsUnshipped").GetInt32(), Is.Zero);
            Assert.That(amazonView.GetProperty("shipmentConfirmations").GetArrayLength(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Given_a_confirmed_package_When_the_same_package_is_confirmed_again_Then_400_already_confirmed_and_nothing_more_shipped()
    {
        (await ConfirmAsync(Package("1", "1Z999AA10123456784", (_mugs, 1)))).Dispose();

        using var again = await ConfirmAsync(Package("1", "1Z999AA10123456784", (_mugs, 1)));

        var error = await SingleErrorAsync(again);
        var amazonView = await _simulator.SimulatedOrderAsync(_orderId);
        Assert.Multiple(() =>
        {
            Assert.That(error.GetProperty("message").GetString(), Is.EqualTo("The package has already been confirmed for this order."));
            Assert.That(amazonView.GetProperty("items")[0].GetProperty("quantityShipped").GetInt32(), Is.EqualTo(1));
            Assert.That(amazonView.GetProperty("shipmentConfirmations").GetArrayLength(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_an_order_item_id_not_in_the_order_When_confirmed_Then_400_OrderItemId_is_invalid()
    {
        using var response = await ConfirmAsync(Package("1", "1Z999AA10123456784", ("99999999999999", 1)));

        var error = await SingleErrorAsync(response);
        Assert.That(error.GetProperty("message").GetString(), Does.StartWith("OrderItemId is invalid"));
        await AssertNothingRecordedAsync();
    }

    [Test]
    public async Task Given_more_units_than_ordered_When_confirmed_Then_400_and_nothing_recorded()
    {
        using var response = await ConfirmAsync(Package("1", "1Z999AA10123456784", (_mugs, 3)));

        await SingleErrorAsync(response);
        await AssertNothingRecordedAsync();
    }

    [Test]
    public async Task Given_a_Pending_order_When_confirmed_Then_400()
    {
        var pending = await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Seller));
        var item = pending.GetProperty("items")[0].GetProperty("orderItemId").GetString()!;

        using var response = await _simulator.ConfirmShipmentAsync(
            _accessToken, pending.GetProperty("amazonOrderId").GetString()!, Package("1", "1Z999AA10123456784", (item, 1)));

        await SingleErrorAsync(response);
    }

    [Test]
    public async Task Given_a_numeric_packageReferenceId_sent_as_a_JSON_number_When_confirmed_Then_400_invalid_type()
    {
        using var response = await ConfirmAsync(new
        {
            marketplaceId = RunningSimulator.UsMarketplace,
            packageDetail = new
            {
                packageReferenceId = 1,
                carrierCode = "UPS",
                trackingNumber = "1Z999AA10123456784",
                shipDate = "2026-11-20T10:00:00Z",
                orderItems = new[] { new { orderItemId = _mugs, quantity = 1 } },
            },
        });

        var error = await SingleErrorAsync(response);
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("[packageDetail.packageReferenceId]"));
        await AssertNothingRecordedAsync();
    }

    [TestCase("pkg-1", TestName = "Given_a_packageReferenceId_that_is_not_a_number_When_confirmed_Then_400")]
    [TestCase("0", TestName = "Given_packageReferenceId_0_When_confirmed_Then_400")]
    public async Task Given_a_packageReferenceId_that_is_not_positive_When_confirmed_Then_400(string packageReferenceId)
    {
        using var response = await ConfirmAsync(Package(packageReferenceId, "1Z999AA10123456784", (_mugs, 1)));

        var error = await SingleErrorAsync(response);
        Assert.That(error.GetProperty("message").GetString(), Is.EqualTo("PackageReferenceId: is invalid, must be a positive numeric value."));
    }

    [Test]
    public async Task Given_no_tracking_number_When_confirmed_Then_400_naming_it()
    {
        using var response = await ConfirmAsync(Package("1", "", (_mugs, 1)));

        var error = await SingleErrorAsync(response);
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("trackingNumber"));
    }

    [Test]
    public async Task Given_an_order_Amazon_does_not_have_When_confirmed_Then_404()
    {
        using var response = await _simulator.ConfirmShipmentAsync(
            _accessToken, "111-9999999-9999999", Package("1", "1Z999AA10123456784", (_mugs, 1)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private Task<HttpResponseMessage> ConfirmAsync(object body) => _simulator.ConfirmShipmentAsync(_accessToken, _orderId, body);

    private static object Package(string packageReferenceId, string trackingNumber, params (string OrderItemId, int Quantity)[] items) => new
    {
        marketplaceId = RunningSimulator.UsMarketplace,
        packageDetail = new
        {
            packageReferenceId,
            carrierCode = "UPS",
            carrierName = "UPS",
            shippingMethod = "UPS Ground",
            trackingNumber,
            shipDate = "2026-11-20T10:00:00Z",
            orderItems = items.Select(item => new { orderItemId = item.OrderItemId, quantity = item.Quantity }),
        },
    };

    private async Task AssertNothingRecordedAsync()
    {
        var amazonView = await _simulator.SimulatedOrderAsync(_orderId);
        Assert.Multiple(() =>
        {
            Assert.That(amazonView.GetProperty("orderStatus").GetString(), Is.EqualTo("Unshipped"));
            Assert.That(amazonView.GetProperty("shipmentConfirmations").GetArrayLength(), Is.Zero);
        });
    }

    private static async Task<JsonElement> SingleErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body.ToString());
        var error = body.GetProperty("errors").EnumerateArray().Single();
        Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("InvalidInput"));
        return error;
    }
}
