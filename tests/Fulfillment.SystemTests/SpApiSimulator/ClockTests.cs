using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Fulfillment.SystemTests.SpApiSimulator.OrdersPages;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>Amazon's clock can be moved forward, so tests need not wait out the two-minute delay or a token's hour.</summary>
public sealed class ClockTests
{
    private RunningSimulator _simulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _simulator = await RunningSimulator.StartFastAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [Test]
    public async Task Given_an_order_placed_just_now_When_the_clock_advances_three_minutes_Then_getOrders_lists_it()
    {
        var token = await _simulator.AccessTokenAsync();
        var orderId = (await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(_simulator.Seller))).GetProperty("amazonOrderId").GetString();
        var query = $"MarketplaceIds={RunningSimulator.UsMarketplace}&LastUpdatedAfter={Iso(DateTimeOffset.UtcNow.AddHours(-1))}";
        var before = await PayloadAsync(_simulator, token, query);

        var clock = await AdvanceAsync("00:03:00");
        var after = await PayloadAsync(_simulator, token, query);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { before }.OrderIds(), Does.Not.Contain(orderId));
            Assert.That(new[] { after }.OrderIds(), Does.Contain(orderId));
            Assert.That(
                DateTimeOffset.Parse(after.GetProperty("LastUpdatedBefore").GetString()!),
                Is.EqualTo(clock.GetProperty("now").GetDateTimeOffset().AddMinutes(-2)).Within(TimeSpan.FromSeconds(10)));
        });
    }

    [Test]
    public async Task Given_the_clock_advanced_When_Amazon_answers_Then_its_Date_header_is_Amazons_time_not_the_machines()
    {
        var clock = await AdvanceAsync("01:00:00");
        using var answer = await _simulator.GetAsync("orders/v0/orders/902-0000000-0000000", token: null);

        Assert.That(answer.Headers.Date, Is.EqualTo(clock.GetProperty("now").GetDateTimeOffset()).Within(TimeSpan.FromSeconds(10)),
            "clients learn Amazon's clock from the Date of its answers, refusals included");
    }

    [Test]
    public async Task Given_an_access_token_When_the_clock_passes_its_hour_Then_403_expired()
    {
        var token = await _simulator.AccessTokenAsync();

        await AdvanceAsync("01:01:00");
        using var response = await _simulator.GetAsync("orders/v0/orders/111-0000000-0000000", token);

        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(error.GetProperty("details").GetString(), Does.Contain("expired"));
        });
    }

    [TestCase("00:00:00")]
    [TestCase("-00:05:00")]
    public async Task Given_a_step_that_is_not_forward_When_advancing_Then_400_naming_By(string by)
    {
        using var response = await _simulator.Http.PostAsJsonAsync("simulator/clock/advance", new { by });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").TryGetProperty("By", out _), Is.True, problem.ToString());
        });
    }

    private async Task<JsonElement> AdvanceAsync(string by)
    {
        using var response = await _simulator.Http.PostAsJsonAsync("simulator/clock/advance", new { by });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
