using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>Configuration scales the model's rates or replaces one operation's plan, so tests and benchmarks can run fast.</summary>
public sealed class RateLimitConfigurationTests
{
    private RunningSimulator _simulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _simulator = await RunningSimulator.StartAsync(new Dictionary<string, string>
    {
        ["SpApiSimulator__RateLimits__Multiplier"] = "10",
        ["SpApiSimulator__RateLimits__Operations__getOrder__Rate"] = "2",
        ["SpApiSimulator__RateLimits__Operations__getOrder__Burst"] = "3",
    });

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [Test]
    public async Task Given_getOrder_replaced_by_rate_2_burst_3_When_4_requests_arrive_then_one_more_after_600ms_Then_the_4th_alone_is_throttled()
    {
        var token = await _simulator.AccessTokenAsync();
        var statuses = new List<HttpStatusCode>();
        string? rateHeader = null;
        for (var request = 0; request < 4; request++)
        {
            using var response = await _simulator.GetAsync("orders/v0/orders/111-0000000-0000000", token);
            statuses.Add(response.StatusCode);
            rateHeader ??= response.Headers.GetValues("x-amzn-RateLimit-Limit").Single();
        }

        await Task.Delay(TimeSpan.FromMilliseconds(600));
        using var refilled = await _simulator.GetAsync("orders/v0/orders/111-0000000-0000000", token);

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
            Assert.That(rateHeader, Is.EqualTo("2"));
            Assert.That(refilled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Given_a_multiplier_of_10_When_the_usage_plans_are_read_Then_model_rates_are_ten_times_and_bursts_unchanged()
    {
        var plans = (await _simulator.Http.GetFromJsonAsync<JsonElement>("simulator/usage-plans")).GetProperty("operations");

        Assert.Multiple(() =>
        {
            Assert.That(plans.GetProperty("getOrders").GetProperty("rate").GetDouble(), Is.EqualTo(0.167).Within(1e-9));
            Assert.That(plans.GetProperty("getOrders").GetProperty("burst").GetInt32(), Is.EqualTo(20));
            Assert.That(plans.GetProperty("confirmShipment").GetProperty("rate").GetDouble(), Is.EqualTo(20).Within(1e-9));
            Assert.That(plans.GetProperty("getOrder").GetProperty("rate").GetDouble(), Is.EqualTo(2));
            Assert.That(plans.GetProperty("getOrder").GetProperty("burst").GetInt32(), Is.EqualTo(3));
        });
    }
}
