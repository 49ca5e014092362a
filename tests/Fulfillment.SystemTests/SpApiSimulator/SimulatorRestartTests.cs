using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>
/// The simulator keeps Amazon's side in its database: stopped and started again on it (`down` then `up`), it still
/// has its orders with their confirmations, its clock where it was, and the tokens it issued, so that Amazon's side
/// and the services' stay consistent.
/// </summary>
public sealed class SimulatorRestartTests
{
    private RunningSimulator _simulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _simulator = await RunningSimulator.StartAsync(
        new Dictionary<string, string> { ["SpApiSimulator__RateLimits__Multiplier"] = "1000" }, withDatabase: true);

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [TearDown]
    public void ShowOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_simulator.RecentOutput);
        }
    }

    [Test]
    public async Task Given_a_confirmed_order_and_an_advanced_clock_When_the_simulator_restarts_Then_order_confirmation_clock_and_token_are_kept()
    {
        var accessToken = await _simulator.AccessTokenAsync();
        var placed = await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Seller, items: [("SKU-MUG", 2, 10m)]));
        var orderId = placed.GetProperty("amazonOrderId").GetString()!;
        var itemId = placed.GetProperty("items")[0].GetProperty("orderItemId").GetString()!;
        await _simulator.ChangeStatusAsync(orderId, "Unshipped");
        using (var confirmed = await _simulator.ConfirmShipmentAsync(accessToken, orderId, Package(itemId)))
        {
            Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await confirmed.Content.ReadAsStringAsync());
        }

        using (var advanced = await _simulator.Http.PostAsJsonAsync("simulator/clock/advance", new { by = "02:00:00" }))
        {
            advanced.EnsureSuccessStatusCode();
        }

        var tokenIssuedBeforeRestart = await _simulator.AccessTokenAsync();
        var before = await _simulator.SimulatedOrderAsync(orderId);
        var clockBefore = await ClockAsync();

        await _simulator.RestartAsync();

        var after = await _simulator.SimulatedOrderAsync(orderId);
        var clockAfter = await ClockAsync();
        using var withOldToken = await _simulator.GetAsync($"orders/v0/orders/{orderId}", tokenIssuedBeforeRestart);
        Assert.Multiple(() =>
        {
            Assert.That(after.GetProperty("orderStatus").GetString(), Is.EqualTo("PartiallyShipped"));
            Assert.That(after.GetProperty("shipmentConfirmations").GetArrayLength(), Is.EqualTo(1));
            Assert.That(after.GetProperty("shipmentConfirmations")[0].GetProperty("trackingNumber").GetString(),
                Is.EqualTo("1Z999AA10123456784"));
            Assert.That(after.GetRawText(), Is.EqualTo(before.GetRawText()), "Amazon's view of the order is unchanged");
            Assert.That(clockAfter.GetProperty("offset").GetString(), Does.StartWith("02:00:"),
                "the clock keeps the time it was advanced by");
            Assert.That(clockAfter.GetProperty("now").GetDateTimeOffset(),
                Is.GreaterThanOrEqualTo(clockBefore.GetProperty("now").GetDateTimeOffset()), "Amazon's clock never goes back");
            Assert.That(withOldToken.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a token issued before the restart stays good");
        });
    }

    private async Task<JsonElement> ClockAsync() => await _simulator.Http.GetFromJsonAsync<JsonElement>("simulator/clock");

    private static object Package(string orderItemId) => new
    {
        marketplaceId = RunningSimulator.UsMarketplace,
        packageDetail = new
        {
            packageReferenceId = "1",
            carrierCode = "UPS",
            carrierName = "UPS",
            shippingMethod = "UPS Ground",
            trackingNumber = "1Z999AA10123456784",
            shipDate = "2026-11-20T10:00:00Z",
            orderItems = new[] { new { orderItemId, quantity = 1 } },
        },
    };
}
