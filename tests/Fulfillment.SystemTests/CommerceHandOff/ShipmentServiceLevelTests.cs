using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;

namespace Fulfillment.SystemTests.CommerceHandOff;

/// <summary>
/// Amazon's shipment service level travels from getOrders to the contract CommerceOrder builds the warehouse hand-off
/// from (W4): a buyer's <c>Expedited</c> choice must not arrive as <c>Standard</c>.
/// </summary>
public sealed class ShipmentServiceLevelTests
{
    private static readonly TimeSpan ListingDelay = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private PollingFixture _fixture = null!;

    private AmazonSide Amazon => _fixture.Amazon;

    [OneTimeSetUp]
    public async Task Start() => _fixture = await PollingFixture.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _fixture.DisposeAsync();

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_fixture.System.RecentOutput);
        }
    }

    [Test]
    public async Task Given_an_MFN_order_placed_Expedited_When_Amazon_verifies_it_Then_OrderUnshipped_carries_Expedited()
    {
        var amazonOrderId = await PlaceOrderAsync("MFN", "Expedited");
        await Amazon.LetTimePassAsync(ListingDelay);
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(ListingDelay);

        var published = await Eventually.GetAsync(
            () => Task.FromResult(_fixture.Published.Last<OrderUnshipped>(amazonOrderId)), Patience,
            "OrderUnshipped to be published");
        var details = await _fixture.OrderImport.Http.GetFromJsonAsync<JsonElement>($"api/orders/{amazonOrderId}");
        Assert.Multiple(() =>
        {
            Assert.That(published.ShipmentServiceLevel, Is.EqualTo("Expedited"));
            Assert.That(details.GetProperty("shipmentServiceLevel").GetString(), Is.EqualTo("Expedited"));
            Assert.That(_fixture.Published.CountOf<OrderUnshipped>(amazonOrderId), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_an_FBA_order_placed_NextDay_When_Amazon_ships_it_Then_OrderShipped_carries_NextDay()
    {
        var amazonOrderId = await PlaceOrderAsync("AFN", "NextDay");
        await Amazon.ChangeStatusAsync(amazonOrderId, "Shipped");
        await Amazon.LetTimePassAsync(ListingDelay);

        var published = await Eventually.GetAsync(
            () => Task.FromResult(_fixture.Published.Last<OrderShipped>(amazonOrderId)), Patience,
            "OrderShipped to be published");
        Assert.That(published.ShipmentServiceLevel, Is.EqualTo("NextDay"));
    }

    [Test]
    public async Task Given_an_order_placed_without_a_category_When_Amazon_verifies_it_Then_OrderUnshipped_carries_Amazons_Standard()
    {
        var amazonOrderId = await PlaceOrderAsync("MFN", category: null);
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(ListingDelay);

        var published = await Eventually.GetAsync(
            () => Task.FromResult(_fixture.Published.Last<OrderUnshipped>(amazonOrderId)), Patience,
            "OrderUnshipped to be published");
        Assert.That(published.ShipmentServiceLevel, Is.EqualTo("Standard"));
    }

    /// <summary>A buyer's order with a shipping choice at checkout (the simulator's optional category).</summary>
    private async Task<string> PlaceOrderAsync(string fulfillmentChannel, string? category)
    {
        using var response = await _fixture.System[FulfillmentService.SpApiSimulator].Http.PostAsJsonAsync("simulator/orders", new
        {
            sellerId = _fixture.System.Seller.SellerId,
            marketplaceId = SimulatedSeller.MarketplaceId,
            fulfillmentChannel,
            items = new[] { new { sellerSku = "SKU-MUG-RED", quantity = 1, unitPrice = 19.90m } },
            buyer = new { name = "Jane Doe", email = "jane.doe@example.com" },
            shipTo = new { name = "Jane Doe", addressLine1 = "1 Main Street", city = "Seattle", countryCode = "US" },
            shipmentServiceLevelCategory = category,
        });
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("amazonOrderId").GetString()!;
    }
}
