using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Fulfillment.SystemTests.SpApiSimulator.OrdersPages;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>
/// Amazon's data lags up to two minutes: a <c>*Before</c> later than now minus two minutes is refused, an absent one
/// becomes now minus two minutes and is echoed, and <c>getOrders</c> rejects malformed queries with <c>InvalidInput</c>.
/// </summary>
public sealed class TwoMinuteRuleTests
{
    private RunningSimulator _simulator = null!;
    private string _accessToken = null!;
    private static readonly string Marketplace = $"MarketplaceIds={RunningSimulator.UsMarketplace}";

    [OneTimeSetUp]
    public async Task Start()
    {
        _simulator = await RunningSimulator.StartFastAsync();
        _accessToken = await _simulator.AccessTokenAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [TestCase("LastUpdatedAfter", "LastUpdatedBefore")]
    [TestCase("CreatedAfter", "CreatedBefore")]
    public async Task Given_a_Before_less_than_two_minutes_ago_When_listing_Then_400_InvalidInput_with_Amazon_message(string after, string before)
    {
        var now = DateTimeOffset.UtcNow;

        using var response = await _simulator.GetAsync(
            $"orders/v0/orders?{Marketplace}&{after}={Iso(now.AddHours(-1))}&{before}={Iso(now.AddSeconds(-90))}", _accessToken);

        var error = await SingleErrorAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("InvalidInput"));
            Assert.That(error.GetProperty("message").GetString(), Does.Contain("at least 2 minutes before current time"));
            Assert.That(response.Headers.GetValues("x-amzn-RateLimit-Limit").Single(), Is.EqualTo("16.7"));
        });
    }

    [Test]
    public async Task Given_a_Before_three_minutes_ago_When_listing_Then_it_is_used_and_echoed()
    {
        var before = Iso(DateTimeOffset.UtcNow.AddMinutes(-3));

        var payload = await PayloadAsync(_simulator, _accessToken,
            $"{Marketplace}&LastUpdatedAfter={Iso(DateTimeOffset.UtcNow.AddHours(-1))}&LastUpdatedBefore={before}");

        Assert.That(payload.GetProperty("LastUpdatedBefore").GetString(), Is.EqualTo(before));
    }

    [Test]
    public async Task Given_no_Before_When_listing_Then_now_minus_two_minutes_is_used_echoed_and_newer_updates_wait()
    {
        var older = (await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Seller, DateTimeOffset.UtcNow.AddMinutes(-5))))
            .GetProperty("amazonOrderId").GetString();
        var recent = (await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Seller)))
            .GetProperty("amazonOrderId").GetString();
        var askedAt = DateTimeOffset.UtcNow;

        var payload = await PayloadAsync(_simulator, _accessToken, $"{Marketplace}&LastUpdatedAfter={Iso(askedAt.AddHours(-1))}");

        var echoed = DateTimeOffset.Parse(payload.GetProperty("LastUpdatedBefore").GetString()!);
        var listed = new[] { payload }.OrderIds().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(echoed, Is.EqualTo(askedAt.AddMinutes(-2)).Within(TimeSpan.FromSeconds(10)));
            Assert.That(listed, Does.Contain(older));
            Assert.That(listed, Does.Not.Contain(recent));
        });
    }

    [TestCase("LastUpdatedAfter=2026-01-01T00:00:00Z", "Missing required parameter: MarketplaceIds.", TestName = "Given_no_MarketplaceIds_When_listing_Then_400")]
    [TestCase("MarketplaceIds=ATVPDKIKX0DER", "Either the CreatedAfter parameter or the LastUpdatedAfter parameter is required. Both cannot be empty.", TestName = "Given_neither_After_When_listing_Then_400")]
    [TestCase("MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2026-01-01T00:00:00Z&LastUpdatedAfter=2026-01-01T00:00:00Z", "LastUpdatedAfter and LastUpdatedBefore cannot be set when CreatedAfter is set.", TestName = "Given_both_After_When_listing_Then_400")]
    [TestCase("MarketplaceIds=ATVPDKIKX0DER&LastUpdatedAfter=2026-01-01T00:00:00Z&MaxResultsPerPage=0", null, TestName = "Given_MaxResultsPerPage_0_When_listing_Then_400")]
    [TestCase("MarketplaceIds=ATVPDKIKX0DER&LastUpdatedAfter=2026-01-01T00:00:00Z&MaxResultsPerPage=101", null, TestName = "Given_MaxResultsPerPage_101_When_listing_Then_400")]
    [TestCase("MarketplaceIds=ATVPDKIKX0DER&LastUpdatedAfter=yesterday", null, TestName = "Given_a_date_that_is_not_ISO_8601_When_listing_Then_400")]
    [TestCase("MarketplaceIds=ATVPDKIKX0DER&LastUpdatedAfter=2026-01-02T00:00:00Z&LastUpdatedBefore=2026-01-01T00:00:00Z", null, TestName = "Given_Before_earlier_than_After_When_listing_Then_400")]
    [TestCase("MarketplaceIds=ATVPDKIKX0DER&LastUpdatedAfter=2026-01-01T00:00:00Z&OrderStatuses=Lost", null, TestName = "Given_an_unknown_order_status_When_listing_Then_400")]
    [TestCase("MarketplaceIds=ATVPDKIKX0DER&LastUpdatedAfter=2026-01-01T00:00:00Z&NextToken=not-a-token", "Invalid NextToken.", TestName = "Given_a_NextToken_Amazon_never_gave_When_listing_Then_400")]
    public async Task Given_a_malformed_query_When_listing_Then_400_InvalidInput(string query, string? message)
    {
        using var response = await _simulator.GetAsync($"orders/v0/orders?{query}", _accessToken);

        var error = await SingleErrorAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("InvalidInput"));
            if (message is not null)
            {
                Assert.That(error.GetProperty("message").GetString(), Is.EqualTo(message));
            }
        });
    }

    [Test]
    public async Task Given_LastUpdatedAfter_within_the_last_two_minutes_and_no_Before_When_listing_Then_400()
    {
        using var response = await _simulator.GetAsync(
            $"orders/v0/orders?{Marketplace}&LastUpdatedAfter={Iso(DateTimeOffset.UtcNow.AddSeconds(-30))}", _accessToken);

        var error = await SingleErrorAsync(response);
        Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("InvalidInput"));
    }

    private static async Task<JsonElement> SingleErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body.ToString());
        return body.GetProperty("errors").EnumerateArray().Single();
    }
}
