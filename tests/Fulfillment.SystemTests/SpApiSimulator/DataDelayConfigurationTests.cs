using static Fulfillment.SystemTests.SpApiSimulator.OrdersPages;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>
/// For the benchmark only, <c>SpApiSimulator__DataDelay</c> shortens Amazon's two-minute listing delay, so that a poll
/// every second measures Fulfillment rather than Amazon's lag.
/// </summary>
public sealed class DataDelayConfigurationTests
{
    private RunningSimulator _simulator = null!;
    private string _accessToken = null!;
    private static readonly string Marketplace = $"MarketplaceIds={RunningSimulator.UsMarketplace}";

    [OneTimeSetUp]
    public async Task Start()
    {
        _simulator = await RunningSimulator.StartAsync(new Dictionary<string, string>
        {
            ["SpApiSimulator__RateLimits__Multiplier"] = "1000",
            ["SpApiSimulator__DataDelay"] = "00:00:01",
        });
        _accessToken = await _simulator.AccessTokenAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [Test]
    public async Task Given_a_one_second_delay_When_listing_without_Before_Then_an_order_placed_seconds_ago_is_listed_and_now_minus_one_second_echoed()
    {
        var placed = (await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Seller, DateTimeOffset.UtcNow.AddSeconds(-5))))
            .GetProperty("amazonOrderId").GetString();
        var askedAt = DateTimeOffset.UtcNow;

        var payload = await PayloadAsync(_simulator, _accessToken, $"{Marketplace}&LastUpdatedAfter={Iso(askedAt.AddHours(-1))}");

        var echoed = DateTimeOffset.Parse(payload.GetProperty("LastUpdatedBefore").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(new[] { payload }.OrderIds(), Does.Contain(placed));
            Assert.That(echoed, Is.EqualTo(askedAt.AddSeconds(-1)).Within(TimeSpan.FromSeconds(10)));
            Assert.That(echoed, Is.GreaterThan(askedAt.AddMinutes(-1)));
        });
    }

    [Test]
    public async Task Given_a_one_second_delay_When_a_Before_30_seconds_ago_is_asked_Then_it_is_used_and_echoed()
    {
        var before = Iso(DateTimeOffset.UtcNow.AddSeconds(-30));

        var payload = await PayloadAsync(_simulator, _accessToken,
            $"{Marketplace}&LastUpdatedAfter={Iso(DateTimeOffset.UtcNow.AddHours(-1))}&LastUpdatedBefore={before}");

        Assert.That(payload.GetProperty("LastUpdatedBefore").GetString(), Is.EqualTo(before));
    }
}
