using System.Net;
using System.Net.Http.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;

namespace Fulfillment.SystemTests.Stores;

/// <summary>
/// S9: orders placed before the store was connected are not imported by polling; an operator's backfill of a date
/// range imports those placed within it, and the store's history shows who asked for it.
/// </summary>
public sealed class OrdersBackfillTests
{
    private const string StoreId = "store-us";
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
                ["OrderImport__Polling__Interval"] = "00:00:00.500",
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
    public async Task Given_orders_placed_before_the_store_was_connected_When_polled_they_are_skipped_and_a_backfill_imports_those_in_its_range()
    {
        var connecting = DateTimeOffset.UtcNow;
        var inRange = await Simulator.PlaceOrderAsync(_system.Seller, connecting.AddHours(-1));
        var beforeRange = await Simulator.PlaceOrderAsync(_system.Seller, connecting.AddHours(-3));
        using (var connect = await OrderImport.ConnectAsync(
            ConnectStoreBody.For(StoreId, _system[FulfillmentService.SpApiSimulator].BaseAddress.ToString())))
        {
            connect.EnsureSuccessStatusCode();
        }

        // Amazon verifies both after the store was connected: polling lists them, and must leave them (S9).
        await _amazon.ChangeStatusAsync(inRange, "Unshipped");
        await _amazon.ChangeStatusAsync(beforeRange, "Unshipped");
        await _amazon.LetTimePassAsync(AmazonListingDelay);
        await _amazon.WaitForPollsAsync(3);
        var polledInRange = await StatusOfAsync(inRange);
        var polledBeforeRange = await StatusOfAsync(beforeRange);

        using var request = await OrderImport.BackfillAsync(
            StoreId, connecting.AddHours(-2), DateTimeOffset.UtcNow, "ops@example.com");
        var accepted = await request.Content.ReadFromJsonAsync<BackfillResponse>();
        var backfill = await OrderImport.FinishedBackfillAsync(request.Headers.Location!);
        var imported = await OrderImport.GetFromJsonAsync<ChannelOrderResponse>($"api/amazon-orders/{inRange}");
        var afterBackfillBeforeRange = await StatusOfAsync(beforeRange);
        var listed = await OrderImport.GetFromJsonAsync<IReadOnlyList<BackfillResponse>>($"api/stores/{StoreId}/backfills");
        var history = await OrderImport.HistoryAsync(StoreId);
        var requested = history.Single(entry => entry.Type == "OrdersBackfillRequested").Data;

        Assert.Multiple(() =>
        {
            Assert.That(polledInRange, Is.EqualTo(HttpStatusCode.NotFound), "S9: polling does not import it");
            Assert.That(polledBeforeRange, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(request.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(accepted?.Status, Is.EqualTo("Requested"));
            Assert.That(backfill.Status, Is.EqualTo("Completed"), backfill.Problem);
            Assert.That(backfill.Counts, Is.EqualTo(new BackfillCountsResponse(Imported: 1, Unchanged: 0, Skipped: 0, Failed: 0)));
            Assert.That(listed, Is.EqualTo(new[] { backfill }));
            Assert.That(imported?.Status, Is.EqualTo("Unshipped"));
            Assert.That(imported?.HasBuyerDetails, Is.True);
            Assert.That(afterBackfillBeforeRange, Is.EqualTo(HttpStatusCode.NotFound), "placed before the range");
            Assert.That(
                history.Select(entry => entry.Type),
                Is.EqualTo(new[] { "AmazonStoreConnected", "OrdersBackfillRequested", "OrdersBackfillStarted", "OrdersBackfillCompleted" }));
            // The signed-in caller first (X4), then whom the tool says it acts for.
            Assert.That(requested.GetProperty("requestedBy").GetString(), Is.EqualTo("person:admin for ops@example.com"));
            Assert.That(requested.GetProperty("from").GetDateTimeOffset(), Is.EqualTo(connecting.AddHours(-2)));
            Assert.That(requested.GetProperty("backfillId").GetGuid(), Is.EqualTo(backfill.Id));
        });
    }

    private async Task<HttpStatusCode> StatusOfAsync(string amazonOrderId)
    {
        using var response = await OrderImport.GetAsync($"api/amazon-orders/{amazonOrderId}");
        return response.StatusCode;
    }
}
