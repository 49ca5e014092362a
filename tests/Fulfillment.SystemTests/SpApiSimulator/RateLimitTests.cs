using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Fulfillment.SystemTests.SpApiSimulator.OrdersPages;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>
/// The model's usage plans as token buckets per seller and operation: <c>getOrders</c> allows a burst of 20 at
/// 0.0167 requests per second; the 21st request gets 429 <c>QuotaExceeded</c> without a rate-limit header, and the
/// simulator counts it as throttled.
/// </summary>
public sealed class RateLimitTests
{
    private RunningSimulator _simulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _simulator = await RunningSimulator.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [SetUp]
    public Task FullBuckets() => _simulator.ResetAsync();

    [Test]
    public async Task Given_the_getOrders_burst_of_20_When_21_requests_arrive_at_once_Then_the_21st_is_throttled_without_rate_header()
    {
        var token = await _simulator.AccessTokenAsync();

        var answers = new List<HttpResponseMessage>();
        for (var request = 0; request < 21; request++)
        {
            answers.Add(await _simulator.GetAsync(OrdersQuery(), token));
        }

        var throttled = answers[^1];
        var error = (await throttled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        var counts = await _simulator.CountsAsync("getOrders");
        Assert.Multiple(() =>
        {
            Assert.That(answers.Take(20).Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(answers.Take(20).Select(answer => answer.Headers.GetValues("x-amzn-RateLimit-Limit").Single()), Is.All.EqualTo("0.0167"));
            Assert.That(throttled.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(throttled.Headers.Contains("x-amzn-RateLimit-Limit"), Is.False);
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("QuotaExceeded"));
            Assert.That(error.GetProperty("message").GetString(), Is.EqualTo("You exceeded your quota for the requested resource."));
            Assert.That(counts.GetProperty("accepted").GetInt64(), Is.EqualTo(20));
            Assert.That(counts.GetProperty("throttled").GetInt64(), Is.EqualTo(1));
        });
        answers.ForEach(answer => answer.Dispose());
    }

    [Test]
    public async Task Given_one_seller_out_of_getOrders_quota_When_another_seller_or_another_operation_is_called_Then_they_are_served()
    {
        var first = await _simulator.AccessTokenAsync(_simulator.Sellers[0]);
        var second = await _simulator.AccessTokenAsync(_simulator.Sellers[1]);
        for (var request = 0; request < 20; request++)
        {
            (await _simulator.GetAsync(OrdersQuery(), first)).Dispose();
        }

        using var firstAgain = await _simulator.GetAsync(OrdersQuery(), first);
        using var secondSeller = await _simulator.GetAsync(OrdersQuery(), second);
        using var otherOperation = await _simulator.GetAsync("orders/v0/orders/111-0000000-0000000", first);

        Assert.Multiple(() =>
        {
            Assert.That(firstAgain.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(secondSeller.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(otherOperation.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(otherOperation.Headers.GetValues("x-amzn-RateLimit-Limit").Single(), Is.EqualTo("0.5"));
        });
    }

    [Test]
    public async Task Given_the_model_usage_plans_When_asked_Then_the_simulator_runs_with_them()
    {
        var plans = (await _simulator.Http.GetFromJsonAsync<JsonElement>("simulator/usage-plans")).GetProperty("operations");

        Assert.Multiple(() =>
        {
            Assert.That(Plan(plans, "getOrders"), Is.EqualTo((0.0167, 20)));
            Assert.That(Plan(plans, "getOrder"), Is.EqualTo((0.5, 30)));
            Assert.That(Plan(plans, "getOrderItems"), Is.EqualTo((0.5, 30)));
            Assert.That(Plan(plans, "getOrderBuyerInfo"), Is.EqualTo((0.5, 30)));
            Assert.That(Plan(plans, "getOrderAddress"), Is.EqualTo((0.5, 30)));
            Assert.That(Plan(plans, "confirmShipment"), Is.EqualTo((2.0, 10)));
            Assert.That(Plan(plans, "createRestrictedDataToken"), Is.EqualTo((1.0, 10)));
        });
    }

    private static (double Rate, int Burst) Plan(JsonElement plans, string operation) =>
        (plans.GetProperty(operation).GetProperty("rate").GetDouble(), plans.GetProperty(operation).GetProperty("burst").GetInt32());

    private static string OrdersQuery() =>
        $"orders/v0/orders?MarketplaceIds={RunningSimulator.UsMarketplace}&LastUpdatedAfter={Iso(DateTimeOffset.UtcNow.AddHours(-1))}";
}
