using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;

namespace Fulfillment.SystemTests.Outages;

/// <summary>
/// OrderImport outlives a PostgreSQL crash: while its server is down it stays up and says so on <c>/health</c>, and
/// once the server is back it imports again without anyone restarting it. The server is one of the test's own
/// (killed with SIGKILL to its postmaster, then started again): the server the other tests share stays untouched.
/// </summary>
public sealed class PostgresRestartTests
{
    private static readonly TimeSpan AmazonListingDelay = TimeSpan.FromMinutes(3);
    private PrivatePostgresServer _postgres = null!;
    private FulfillmentSystem _system = null!;
    private AmazonSide _amazon = null!;

    private ServiceProcess OrderImport => _system[FulfillmentService.OrderImport];

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _postgres = await PrivatePostgresServer.StartAsync();
        _system = await FulfillmentSystem.StartAsync(
            new Dictionary<string, string>
            {
                ["OrderImport__Polling__Interval"] = "00:00:00.200",
                ["SpApiSimulator__RateLimits__Multiplier"] = "100",
                ["SpApi__UsagePlans__getOrders__Rate"] = "1.67",
                ["SpApi__UsagePlans__getOrders__Burst"] = "20",
            },
            new Dictionary<FulfillmentService, string> { [FulfillmentService.OrderImport] = _postgres.ConnectionString },
            FulfillmentService.SpApiSimulator, FulfillmentService.OrderImport);
        _amazon = new AmazonSide(_system[FulfillmentService.SpApiSimulator].Http, _system.Seller);
        await ConnectStoreAsync();
    }

    [OneTimeTearDown]
    public async Task StopServices()
    {
        // The test databases are dropped on the server, so it must run, also after a test that failed while it was down.
        await _postgres.EnsureStartedAsync();
        await _system.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_system.RecentOutput);
        }
    }

    [Test]
    public async Task Given_OrderImport_polling_When_its_PostgreSQL_is_killed_and_started_again_Then_it_stays_up_reports_503_and_imports_the_next_order()
    {
        await ImportAsync(await _amazon.PlaceOrderAsync("MFN", ("SKU-MUG-RED", 1, 19.90m)));

        await _postgres.KillAsync();
        var duringOutage = await HealthWhileAliveAsync(report => report.Status == HttpStatusCode.ServiceUnavailable);
        // Long enough for many polls (every 200 ms), the forwarder and the gauges to meet the dead server.
        await Task.Delay(TimeSpan.FromSeconds(10));
        var stillUpDuringOutage = !OrderImport.HasExited;
        await _postgres.StartAgainAsync();
        var afterOutage = await HealthWhileAliveAsync(report => report.Status == HttpStatusCode.OK);
        var placedAfterOutage = await _amazon.PlaceOrderAsync("MFN", ("SKU-MUG-RED", 2, 19.90m));
        var imported = await ImportAsync(placedAfterOutage);

        Assert.Multiple(() =>
        {
            Assert.That(stillUpDuringOutage, Is.True, "OrderImport exited while PostgreSQL was down");
            Assert.That(duringOutage.Checks["postgres"], Is.EqualTo("Unhealthy"), duringOutage.Body);
            Assert.That(afterOutage.Checks.Values, Is.All.EqualTo("Healthy"), afterOutage.Body);
            Assert.That(imported.GetProperty("amazonOrderId").GetString(), Is.EqualTo(placedAfterOutage));
            Assert.That(OrderImport.HasExited, Is.False);
        });
    }

    private sealed record HealthReport(HttpStatusCode Status, IReadOnlyDictionary<string, string> Checks, string Body);

    /// <summary>The first health report that satisfies <paramref name="until"/>; fails as soon as OrderImport has exited.</summary>
    private async Task<HealthReport> HealthWhileAliveAsync(Func<HealthReport, bool> until) =>
        await Eventually.GetAsync(async () =>
        {
            if (OrderImport.HasExited)
            {
                Assert.Fail($"OrderImport exited:{Environment.NewLine}{OrderImport.RecentOutput}");
            }

            try
            {
                using var response = await OrderImport.Http.GetAsync("health");
                var body = await response.Content.ReadAsStringAsync();
                var checks = JsonDocument.Parse(body).RootElement.GetProperty("checks").EnumerateObject()
                    .ToDictionary(check => check.Name, check => check.Value.GetProperty("status").GetString()!);
                var report = new HealthReport(response.StatusCode, checks, body);
                return until(report) ? report : null;
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }, TimeSpan.FromSeconds(60), "OrderImport's health report");

    private async Task<JsonElement> ImportAsync(string amazonOrderId)
    {
        await _amazon.LetTimePassAsync(AmazonListingDelay);
        return (JsonElement)await Eventually.GetAsync<object>(async () =>
        {
            if (OrderImport.HasExited)
            {
                Assert.Fail($"OrderImport exited:{Environment.NewLine}{OrderImport.RecentOutput}");
            }

            using var response = await OrderImport.Http.GetAsync($"api/orders/{amazonOrderId}");
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
        }, TimeSpan.FromSeconds(60), $"order {amazonOrderId} to be imported");
    }

    private async Task ConnectStoreAsync()
    {
        using var response = await OrderImport.Http.PostAsJsonAsync("api/stores", new
        {
            storeId = "store-us",
            sellerId = _system.Seller.SellerId,
            marketplaceId = SimulatedSeller.MarketplaceId,
            spApiEndpoint = _system[FulfillmentService.SpApiSimulator].BaseAddress,
            credentialsName = SimulatedSeller.CredentialsName,
            websiteCode = "base",
        });
        response.EnsureSuccessStatusCode();
    }
}
