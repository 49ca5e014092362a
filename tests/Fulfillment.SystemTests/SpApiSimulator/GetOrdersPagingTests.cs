using System.Text.Json;
using static Fulfillment.SystemTests.SpApiSimulator.OrdersPages;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>
/// <c>getOrders</c> pages with <c>MaxResultsPerPage</c> and <c>NextToken</c>, oldest update first; the window ends are
/// inclusive; the NextToken carries the first request's filters.
/// </summary>
public sealed class GetOrdersPagingTests
{
    private RunningSimulator _simulator = null!;
    private string _accessToken = null!;
    private DateTimeOffset _start;

    [OneTimeSetUp]
    public async Task Start()
    {
        _simulator = await RunningSimulator.StartFastAsync();
        _accessToken = await _simulator.AccessTokenAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [SetUp]
    public async Task EmptyAmazon()
    {
        await _simulator.ResetAsync();
        var hourAgo = DateTimeOffset.UtcNow.AddHours(-1);
        _start = new DateTimeOffset(hourAgo.Year, hourAgo.Month, hourAgo.Day, hourAgo.Hour, hourAgo.Minute, 0, TimeSpan.Zero);
    }

    [Test]
    public async Task Given_seven_orders_When_read_three_per_page_Then_three_pages_in_update_order_each_order_once()
    {
        var placed = new List<string>();
        for (var minute = 0; minute < 7; minute++)
        {
            placed.Add(await PlaceAsync(SimulatedOrders.Mfn(_simulator.Seller, _start.AddMinutes(minute))));
        }

        var pages = await AllPagesAsync(_simulator, _accessToken,
            $"MarketplaceIds={RunningSimulator.UsMarketplace}&LastUpdatedAfter={Iso(_start)}&MaxResultsPerPage=3");

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(page => page.GetProperty("Orders").GetArrayLength()), Is.EqualTo(new[] { 3, 3, 1 }));
            Assert.That(pages.OrderIds(), Is.EqualTo(placed));
            Assert.That(pages[^1].TryGetProperty("NextToken", out _), Is.False);
            Assert.That(pages.Select(page => page.GetProperty("LastUpdatedBefore").GetString()).Distinct().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_NextToken_When_the_next_request_sends_other_filters_Then_the_first_request_filters_still_apply()
    {
        var merchantOrders = new List<string>();
        for (var minute = 0; minute < 4; minute++)
        {
            merchantOrders.Add(await PlaceAsync(SimulatedOrders.Mfn(_simulator.Seller, _start.AddMinutes(minute))));
            await PlaceAsync(SimulatedOrders.Afn(_simulator.Seller, _start.AddMinutes(minute).AddSeconds(30)));
        }

        var pages = await AllPagesAsync(_simulator, _accessToken,
            $"MarketplaceIds={RunningSimulator.UsMarketplace}&LastUpdatedAfter={Iso(_start)}&FulfillmentChannels=MFN&MaxResultsPerPage=2",
            nextPageQuery: "&FulfillmentChannels=AFN&MaxResultsPerPage=100");

        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Count.EqualTo(2));
            Assert.That(pages.OrderIds(), Is.EqualTo(merchantOrders));
        });
    }

    [Test]
    public async Task Given_updates_exactly_on_and_just_outside_the_window_ends_When_listed_Then_both_ends_are_included()
    {
        var end = _start.AddMinutes(10);
        await PlaceAsync(SimulatedOrders.Mfn(_simulator.Seller, _start.AddSeconds(-1)));
        var onStart = await PlaceAsync(SimulatedOrders.Mfn(_simulator.Seller, _start));
        var onEnd = await PlaceAsync(SimulatedOrders.Mfn(_simulator.Seller, end));
        await PlaceAsync(SimulatedOrders.Mfn(_simulator.Seller, end.AddSeconds(1)));
        var verifiedOnStart = await PlaceAsync(SimulatedOrders.Mfn(_simulator.Seller, _start.AddMinutes(-5)));
        await _simulator.ChangeStatusAsync(verifiedOnStart, "Unshipped", at: _start);

        var pages = await AllPagesAsync(_simulator, _accessToken,
            $"MarketplaceIds={RunningSimulator.UsMarketplace}&LastUpdatedAfter={Iso(_start)}&LastUpdatedBefore={Iso(end)}");

        Assert.That(pages.OrderIds(), Is.EquivalentTo(new[] { onStart, verifiedOnStart, onEnd }));
    }

    [Test]
    public async Task Given_orders_in_several_statuses_When_filtered_by_OrderStatuses_Then_only_those_statuses()
    {
        var pending = await PlaceAsync(SimulatedOrders.Mfn(_simulator.Seller, _start));
        var unshipped = await PlaceAsync(SimulatedOrders.Mfn(_simulator.Seller, _start));
        var canceled = await PlaceAsync(SimulatedOrders.Mfn(_simulator.Seller, _start));
        await _simulator.ChangeStatusAsync(unshipped, "Unshipped", at: _start.AddMinutes(1));
        await _simulator.ChangeStatusAsync(canceled, "Canceled", at: _start.AddMinutes(2));

        var pages = await AllPagesAsync(_simulator, _accessToken,
            $"MarketplaceIds={RunningSimulator.UsMarketplace}&LastUpdatedAfter={Iso(_start)}&OrderStatuses=Pending,Canceled");

        Assert.That(pages.OrderIds(), Is.EqualTo(new[] { pending, canceled }));
    }

    [Test]
    public async Task Given_a_CreatedAfter_query_When_listed_Then_orders_by_purchase_date_and_CreatedBefore_echoed()
    {
        var placed = await PlaceAsync(SimulatedOrders.Mfn(_simulator.Seller, _start.AddMinutes(1)));
        var before = _start.AddMinutes(30);

        var payload = await PayloadAsync(_simulator, _accessToken,
            $"MarketplaceIds={RunningSimulator.UsMarketplace}&CreatedAfter={Iso(_start)}&CreatedBefore={Iso(before)}");

        Assert.Multiple(() =>
        {
            Assert.That(new[] { payload }.OrderIds(), Is.EqualTo(new[] { placed }));
            Assert.That(payload.GetProperty("CreatedBefore").GetString(), Is.EqualTo(Iso(before)));
            Assert.That(payload.TryGetProperty("LastUpdatedBefore", out _), Is.False);
        });
    }

    private async Task<string> PlaceAsync(object order) =>
        (await _simulator.PlaceOrderAsync(order)).GetProperty("amazonOrderId").GetString()!;
}
