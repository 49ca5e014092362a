using System.Net.Http.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.OrdersView;

/// <summary>
/// OrderImport and the SP-API simulator on real PostgreSQL and RabbitMQ, once for every orders view test: a store is
/// connected, Amazon's side plays the grid's data set and OrderImport polls it until the view shows every order in
/// its final state. Amazon's changes are made in three rounds (placed, verified, shipped or canceled), each seen by
/// OrderImport before the next, so that every order's history is known.
/// </summary>
[SetUpFixture]
public sealed class OrdersViewSystem
{
    public const string StoreId = "store-us";
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(60);
    private static FulfillmentSystem? _system;
    private static IReadOnlyList<PlacedOrder> _orders = [];

    public static FulfillmentSystem Running => _system ?? throw new InvalidOperationException("The system is not running.");

    public static HttpClient OrderImport => Running[FulfillmentService.OrderImport].Http;

    /// <summary>The data set as placed on Amazon, in <see cref="GridOrders.All"/> order.</summary>
    public static IReadOnlyList<PlacedOrder> Orders => _orders;

    public static PlacedOrder Order(int number) => _orders[number];

    [OneTimeSetUp]
    public async Task StartAndPlayTheDataSet()
    {
        _system = await FulfillmentSystem.StartAsync(
            new Dictionary<string, string>
            {
                ["OrderImport__Polling__Interval"] = "00:00:00.500",
                // Amazon's side dates the data set up to half a day back; every poll reads it all again.
                ["OrderImport__Polling__Overlap"] = "2.00:00:00",
                ["SpApiSimulator__RateLimits__Multiplier"] = "100",
                ["SpApi__UsagePlans__getOrders__Rate"] = "1.67",
                ["SpApi__UsagePlans__getOrders__Burst"] = "20",
                ["SpApi__UsagePlans__getOrderItems__Rate"] = "20",
                ["SpApi__UsagePlans__getOrderItems__Burst"] = "30",
                ["SpApi__UsagePlans__getOrderBuyerInfo__Rate"] = "20",
                ["SpApi__UsagePlans__getOrderBuyerInfo__Burst"] = "30",
                ["SpApi__UsagePlans__getOrderAddress__Rate"] = "20",
                ["SpApi__UsagePlans__getOrderAddress__Burst"] = "30",
                ["SpApi__UsagePlans__createRestrictedDataToken__Rate"] = "20",
                ["SpApi__UsagePlans__createRestrictedDataToken__Burst"] = "10",
            },
            FulfillmentService.SpApiSimulator, FulfillmentService.OrderImport);
        var amazon = new AmazonAdmin(Running[FulfillmentService.SpApiSimulator].Http, Running.Seller);

        // Amazon's clock runs a day ahead, so the whole data set, dated after the store was connected, is older
        // than Amazon's two-minute listing delay.
        await amazon.LetTimePassAsync(TimeSpan.FromDays(1));
        await ConnectStoreAsync();
        var start = WholeMinuteAfter(DateTimeOffset.UtcNow);

        var placed = new List<PlacedOrder>();
        foreach (var order in GridOrders.All)
        {
            placed.Add(new PlacedOrder(order, await amazon.PlaceAsync(order, start + order.PlacedAt), start));
        }

        _orders = placed;
        await SettleAsync("every merchant-fulfilled order listed Pending", row => row.Order.Channel == "MFN", "Pending");

        foreach (var order in _orders.Where(order => order.Order.VerifiedAt is not null))
        {
            await amazon.ChangeStatusAsync(order.AmazonOrderId, "Unshipped", start + order.Order.VerifiedAt!.Value);
        }

        await SettleAsync("every verified order listed Unshipped", row => row.Order.VerifiedAt is not null, "Unshipped");

        foreach (var order in _orders.Where(order => order.Order.Ended is not null))
        {
            await amazon.ChangeStatusAsync(order.AmazonOrderId, order.Order.Ended!.Value.Status, start + order.Order.Ended.Value.At);
        }

        await SettleAsync("every order listed in its final status", _ => true, null);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }

    /// <summary>For a test's [TearDown]: what the services said, when the test failed.</summary>
    public static void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed && _system is not null)
        {
            TestContext.Out.WriteLine(_system.RecentOutput);
        }
    }

    public static async Task<OrdersPageResponse> GetOrdersAsync(string queryString = "")
    {
        using var response = await OrderImport.GetAsync($"api/orders{queryString}");
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"GET api/orders{queryString} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<OrdersPageResponse>())!;
    }

    private static async Task ConnectStoreAsync()
    {
        using var response = await OrderImport.PostAsJsonAsync("api/stores", new
        {
            storeId = StoreId,
            sellerId = Running.Seller.SellerId,
            marketplaceId = SimulatedSeller.MarketplaceId,
            spApiEndpoint = Running[FulfillmentService.SpApiSimulator].BaseAddress,
            credentialsName = SimulatedSeller.CredentialsName,
            websiteCode = "base",
        });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Waits until the grid shows every order chosen in the state of this round: <paramref name="status"/>, or each
    /// order's final status and total when null. Says what the grid showed when it does not.
    /// </summary>
    private static async Task SettleAsync(string what, Func<PlacedOrder, bool> chosen, string? status)
    {
        bool Settled(PlacedOrder order, OrderRowResponse? row) => row is not null && (status is null
            ? row.Status == order.Order.Status && row.GrandTotal == order.Order.GrandTotal
            : row.Status == status);

        async Task<IReadOnlyList<string>> UnsettledAsync()
        {
            var rows = (await GetOrdersAsync($"?pageSize={_orders.Count}")).Items.ToDictionary(row => row.AmazonOrderId);
            return [.. _orders.Where(chosen)
                .Select(order => (order, row: rows.GetValueOrDefault(order.AmazonOrderId)))
                .Where(pair => !Settled(pair.order, pair.row))
                .Select(pair => $"{pair.order.AmazonOrderId} ({pair.order.Order.Channel} {pair.order.Order.Status}): " +
                    (pair.row is null ? "not listed" : $"{pair.row.Status}, total {pair.row.GrandTotal}, notes: {string.Join("; ", pair.row.Notes)}"))];
        }

        try
        {
            await Eventually.GetAsync(async () => (await UnsettledAsync()).Count == 0 ? what : null, SettleTimeout, what);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException(
                $"{timeout.Message}{Environment.NewLine}{string.Join(Environment.NewLine, await UnsettledAsync())}" +
                $"{Environment.NewLine}{Running.RecentOutput}", timeout);
        }
    }

    private static DateTimeOffset WholeMinuteAfter(DateTimeOffset moment) =>
        new DateTimeOffset(moment.Ticks - moment.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero).AddMinutes(1);
}

/// <summary>An order of the data set with the id Amazon gave it and the moments it happened at.</summary>
public sealed record PlacedOrder(GridOrder Order, string AmazonOrderId, DateTimeOffset Start)
{
    public DateTimeOffset PurchaseDate => Start + Order.PlacedAt;

    public DateTimeOffset LastUpdateDate => Start + Order.LastStatusChangeAt;
}
