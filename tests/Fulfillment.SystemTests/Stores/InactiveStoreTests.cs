using System.Net;
using System.Net.Http.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;

namespace Fulfillment.SystemTests.Stores;

/// <summary>S7: an Inactive store is never polled and makes no call to Amazon; Active again, it catches up.</summary>
public sealed class InactiveStoreTests
{
    private const string StoreId = "store-us";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan AmazonListingDelay = TimeSpan.FromMinutes(3);
    private FulfillmentSystem _system = null!;
    private AmazonSide _amazon = null!;

    private HttpClient OrderImport => _system[FulfillmentService.OrderImport].Http;
    private HttpClient Simulator => _system[FulfillmentService.SpApiSimulator].Http;

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(
            new Dictionary<string, string>
            {
                ["OrderImport__Polling__Interval"] = PollInterval.ToString("c"),
                ["SpApiSimulator__RateLimits__Multiplier"] = "100",
                ["SpApi__UsagePlans__getOrders__Rate"] = "1.67",
                ["SpApi__UsagePlans__getOrders__Burst"] = "20",
            },
            FulfillmentService.SpApiSimulator, FulfillmentService.OrderImport);
        _amazon = new AmazonSide(Simulator, _system.Seller);
        using var response = await OrderImport.ConnectAsync(
            ConnectStoreBody.For(StoreId, _system[FulfillmentService.SpApiSimulator].BaseAddress.ToString()));
        response.EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task StopServices() => await _system.DisposeAsync();

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_system.RecentOutput);
        }
    }

    [Test]
    public async Task Given_an_inactive_store_When_Amazon_has_a_new_order_Then_no_call_is_made_and_once_active_again_the_order_is_imported()
    {
        await _amazon.WaitForPollsAsync(1);
        using (var deactivate = await OrderImport.ChangeSettingsAsync(StoreId, new SettingsBody(State: "Inactive")))
        {
            deactivate.EnsureSuccessStatusCode();
        }

        // A poll that read the store list just before the change may still be under way: let it end.
        await Task.Delay(PollInterval * 4);
        var callsWhenInactive = await Simulator.AllRequestsAsync();
        var getOrdersWhenInactive = (await _amazon.RequestsOfAsync("getOrders")).Accepted;
        var amazonOrderId = await _amazon.PlaceOrderAsync("MFN", ("SKU-MUG-RED", 1, 19.90m));
        await _amazon.LetTimePassAsync(AmazonListingDelay);
        await Task.Delay(PollInterval * 10);
        var callsWhileInactive = await Simulator.AllRequestsAsync();
        using var whileInactive = await OrderImport.GetAsync($"api/amazon-orders/{amazonOrderId}");

        using (var activate = await OrderImport.ChangeSettingsAsync(StoreId, new SettingsBody(State: "Active")))
        {
            activate.EnsureSuccessStatusCode();
        }

        var imported = await Eventually.GetAsync(
            async () =>
            {
                using var response = await OrderImport.GetAsync($"api/amazon-orders/{amazonOrderId}");
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<ChannelOrderResponse>() : null;
            },
            TimeSpan.FromSeconds(30), $"{amazonOrderId} to be imported once the store is active");
        var getOrdersOnceActive = (await _amazon.RequestsOfAsync("getOrders")).Accepted;
        Assert.Multiple(() =>
        {
            Assert.That(callsWhileInactive, Is.EqualTo(callsWhenInactive), "no call of any kind to Amazon while Inactive");
            Assert.That(whileInactive.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(imported.Status, Is.EqualTo("Pending"));
            Assert.That(getOrdersOnceActive, Is.GreaterThan(getOrdersWhenInactive));
        });
    }
}
