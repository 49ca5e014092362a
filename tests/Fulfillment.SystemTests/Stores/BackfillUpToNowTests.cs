using System.Net;
using System.Net.Http.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;

namespace Fulfillment.SystemTests.Stores;

/// <summary>
/// A backfill whose range ends less than two minutes before Amazon's now cannot be complete yet: Amazon lists a change
/// only once it is two minutes old. It imports what Amazon lists and completes once Amazon's listing reaches its end.
/// </summary>
public sealed class BackfillUpToNowTests
{
    private const string StoreId = "store-us";
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
                ["OrderImport__Polling__Interval"] = "00:00:00.500",
                ["OrderImport__Backfill__ListingWait"] = "00:00:00.500",
                ["SpApiSimulator__RateLimits__Multiplier"] = "100",
                ["SpApi__UsagePlans__getOrders__Rate"] = "1.67",
                ["SpApi__UsagePlans__getOrders__Burst"] = "20",
            },
            FulfillmentService.SpApiSimulator, FulfillmentService.OrderImport);
        _amazon = new AmazonSide(Simulator, _system.Seller);
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
    public async Task Given_a_range_ending_now_When_backfilled_Then_it_runs_until_Amazon_lists_up_to_its_end_and_then_completes()
    {
        var placedBeforeConnecting = await Simulator.PlaceOrderAsync(_system.Seller, DateTimeOffset.UtcNow.AddMinutes(-30));
        using (var connect = await OrderImport.ConnectAsync(
            ConnectStoreBody.For(StoreId, _system[FulfillmentService.SpApiSimulator].BaseAddress.ToString())))
        {
            connect.EnsureSuccessStatusCode();
        }

        var to = DateTimeOffset.UtcNow;
        using var request = await OrderImport.BackfillAsync(StoreId, to.AddHours(-1), to);
        var location = request.Headers.Location!;
        var importedWhileRunning = await Eventually.GetAsync(
            async () =>
            {
                using var response = await OrderImport.GetAsync($"api/amazon-orders/{placedBeforeConnecting}");
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<ChannelOrderResponse>() : null;
            },
            TimeSpan.FromSeconds(30), $"{placedBeforeConnecting} to be imported by the backfill");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var beforeAmazonListsTheEnd = await OrderImport.GetFromJsonAsync<BackfillResponse>(location);

        await _amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        var backfill = await OrderImport.FinishedBackfillAsync(location);

        Assert.Multiple(() =>
        {
            Assert.That(request.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(importedWhileRunning.Status, Is.EqualTo("Pending"));
            Assert.That(beforeAmazonListsTheEnd?.Status, Is.EqualTo("Running"));
            Assert.That(backfill.Status, Is.EqualTo("Completed"), backfill.Problem);
            Assert.That(backfill.ListedUntil, Is.GreaterThanOrEqualTo(to));
            Assert.That(backfill.Counts, Is.EqualTo(new BackfillCountsResponse(Imported: 1, Unchanged: 0, Skipped: 0, Failed: 0)));
        });
    }
}
