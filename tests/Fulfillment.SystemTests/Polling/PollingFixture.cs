using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.Polling;

/// <summary>
/// OrderImport polling the SP-API simulator every 200 ms, a connected store, and an audit of what it publishes.
/// The simulator runs Amazon's usage plans 200 times faster so that a thousand orders fit in a test run; the client
/// is given the same plans, as a seller with a raised quota would be.
/// </summary>
public sealed class PollingFixture : IAsyncDisposable
{
    public const string StoreId = "store-us";
    private const double RateMultiplier = 200;

    private IBusControl? _auditBus;

    private PollingFixture(FulfillmentSystem system)
    {
        System = system;
        Amazon = new AmazonSide(system[FulfillmentService.SpApiSimulator].Http, system.Seller);
    }

    public FulfillmentSystem System { get; }
    public AmazonSide Amazon { get; }
    public PublishedContracts Published { get; } = new();
    public ServiceProcess OrderImport => System[FulfillmentService.OrderImport];

    public static Task<PollingFixture> StartAsync(params FulfillmentService[] moreServices) =>
        StartAsync(new Dictionary<string, string>(), moreServices);

    /// <param name="moreSettings">Configuration given to every service on top of the fixture's (e.g. where to export telemetry).</param>
    /// <param name="moreServices">Services to run beside the simulator and OrderImport (e.g. the Commerce side).</param>
    public static async Task<PollingFixture> StartAsync(
        IReadOnlyDictionary<string, string> moreSettings, params FulfillmentService[] moreServices)
    {
        var settings = new Dictionary<string, string>(moreSettings)
        {
            ["OrderImport__Polling__Interval"] = "00:00:00.200",
            ["SpApiSimulator__RateLimits__Multiplier"] = RateMultiplier.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (operation, rate, burst) in new[]
        {
            ("getOrders", 0.0167, 20), ("getOrder", 0.5, 30), ("getOrderItems", 0.5, 30),
            ("getOrderBuyerInfo", 0.5, 30), ("getOrderAddress", 0.5, 30), ("createRestrictedDataToken", 1.0, 10),
        })
        {
            settings[$"SpApi__UsagePlans__{operation}__Rate"] = (rate * RateMultiplier).ToString(CultureInfo.InvariantCulture);
            settings[$"SpApi__UsagePlans__{operation}__Burst"] = burst.ToString();
        }

        var fixture = new PollingFixture(await FulfillmentSystem.StartAsync(
            settings, [FulfillmentService.SpApiSimulator, FulfillmentService.OrderImport, .. moreServices]));
        fixture._auditBus = await fixture.System.StartTestBusAsync();
        await fixture.Published.ListenAsync(fixture._auditBus);
        await fixture.ConnectStoreAsync();
        return fixture;
    }

    /// <summary>How many orders the orders view lists with this channel status.</summary>
    public async Task<long> CountListedAsync(string status)
    {
        var page = await OrderImport.Http.GetFromJsonAsync<JsonElement>($"api/orders?status={status}&pageSize=1");
        return page.GetProperty("totalItems").GetInt64();
    }

    public Task WaitUntilListedAsync(string status, long count, TimeSpan timeout) =>
        Eventually.GetAsync(
            async () => await CountListedAsync(status) == count ? "listed" : null,
            timeout, $"{count} orders listed {status}");

    /// <summary>The channel order as OrderImport shows it, once <paramref name="until"/> holds.</summary>
    public async Task<JsonElement> ChannelOrderAsync(string amazonOrderId, Func<JsonElement, bool> until) =>
        (JsonElement)await Eventually.GetAsync<object>(async () =>
        {
            using var response = await OrderImport.Http.GetAsync($"api/orders/{amazonOrderId}");
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var order = await response.Content.ReadFromJsonAsync<JsonElement>();
            return until(order) ? order : null;
        }, TimeSpan.FromSeconds(90), $"the channel order {amazonOrderId}\n{System.RecentOutput}");

    /// <summary>The end of the last window OrderImport read completely: where its next window's overlap begins.</summary>
    public async Task<DateTimeOffset> WatermarkAsync()
    {
        var text = await System.DatabaseOf(FulfillmentService.OrderImport).ScalarAsync<string>(
            $"select data->>'LastUpdatedAfter' from order_import.mt_doc_orderpollwatermark where id = '{StoreId}'");
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (_auditBus is not null)
        {
            await _auditBus.StopAsync();
        }

        await System.DisposeAsync();
    }

    private async Task ConnectStoreAsync()
    {
        using var response = await OrderImport.Http.PostAsJsonAsync("api/stores", new
        {
            storeId = StoreId,
            sellerId = System.Seller.SellerId,
            marketplaceId = SimulatedSeller.MarketplaceId,
            spApiEndpoint = System[FulfillmentService.SpApiSimulator].BaseAddress,
            credentialsName = SimulatedSeller.CredentialsName,
            websiteCode = "base",
        });
        response.EnsureSuccessStatusCode();
    }
}
