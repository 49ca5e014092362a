using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>
/// Armed faults answer the next requests of an operation with 429, 500, 503, a delay or a 200 that is not JSON, and
/// are counted apart from real throttling; Login With Amazon's token endpoint takes the faults armed on it by name.
/// </summary>
public sealed class FaultInjectionTests
{
    private const string AnyOrder = "orders/v0/orders/111-0000000-0000000";

    private RunningSimulator _simulator = null!;
    private string _accessToken = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _simulator = await RunningSimulator.StartFastAsync();
        _accessToken = await _simulator.AccessTokenAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [SetUp]
    public Task NoFaults() => _simulator.ResetAsync();

    [TestCase("InternalError", HttpStatusCode.InternalServerError, "InternalFailure")]
    [TestCase("ServiceUnavailable", HttpStatusCode.ServiceUnavailable, "ServiceUnavailable")]
    [TestCase("Throttle", HttpStatusCode.TooManyRequests, "QuotaExceeded")]
    public async Task Given_two_faults_armed_for_getOrder_When_three_requests_come_Then_two_fail_with_Amazon_error_and_the_third_is_served(
        string kind, HttpStatusCode status, string code)
    {
        await ArmAsync(new { operation = "getOrder", kind, count = 2 });

        using var first = await _simulator.GetAsync(AnyOrder, _accessToken);
        using var second = await _simulator.GetAsync(AnyOrder, _accessToken);
        using var third = await _simulator.GetAsync(AnyOrder, _accessToken);

        var error = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        var counts = await _simulator.CountsAsync("getOrder");
        Assert.Multiple(() =>
        {
            Assert.That(new[] { first.StatusCode, second.StatusCode, third.StatusCode }, Is.EqualTo(new[] { status, status, HttpStatusCode.OK }));
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo(code));
            Assert.That(first.Headers.Contains("x-amzn-RateLimit-Limit"), Is.False);
            Assert.That(counts.GetProperty("faulted").GetInt64(), Is.EqualTo(2));
            Assert.That(counts.GetProperty("throttled").GetInt64(), Is.Zero);
            Assert.That(counts.GetProperty("accepted").GetInt64(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_malformed_answer_armed_for_getOrder_When_two_requests_come_Then_the_first_gets_200_with_a_body_that_is_not_JSON_and_counts_as_faulted()
    {
        await ArmAsync(new { operation = "getOrder", kind = "Malformed", count = 1 });

        using var first = await _simulator.GetAsync(AnyOrder, _accessToken);
        using var second = await _simulator.GetAsync(AnyOrder, _accessToken);

        var body = await first.Content.ReadAsStringAsync();
        var counts = await _simulator.CountsAsync("getOrder");
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(first.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(() => JsonDocument.Parse(body), Throws.InstanceOf<JsonException>(), body);
            Assert.That(first.Headers.Contains("x-amzn-RateLimit-Limit"), Is.False);
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(async () => await second.Content.ReadFromJsonAsync<JsonElement>(), Throws.Nothing);
            Assert.That(counts.GetProperty("faulted").GetInt64(), Is.EqualTo(1));
            Assert.That(counts.GetProperty("accepted").GetInt64(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_delay_armed_for_getOrders_When_listing_Then_the_right_answer_comes_late()
    {
        await ArmAsync(new { operation = "getOrders", kind = "Delay", count = 1, delayMilliseconds = 1500 });
        var clock = Stopwatch.StartNew();

        using var response = await _simulator.GetAsync(
            $"orders/v0/orders?MarketplaceIds={RunningSimulator.UsMarketplace}&LastUpdatedAfter=2026-01-01T00:00:00Z", _accessToken);

        var counts = await _simulator.CountsAsync("getOrders");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(1400)));
            Assert.That(counts.GetProperty("delayed").GetInt64(), Is.EqualTo(1));
            Assert.That(counts.GetProperty("accepted").GetInt64(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_fault_for_every_operation_When_any_operation_is_called_Then_it_takes_the_fault()
    {
        await ArmAsync(new { operation = "*", kind = "InternalError", count = 1 });

        using var items = await _simulator.GetAsync($"{AnyOrder}/orderItems", _accessToken);
        using var order = await _simulator.GetAsync(AnyOrder, _accessToken);

        Assert.Multiple(() =>
        {
            Assert.That(items.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(order.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Given_armed_faults_When_cleared_Then_requests_are_served_again()
    {
        await ArmAsync(new { operation = "getOrder", kind = "ServiceUnavailable", count = 5 });

        (await _simulator.Http.DeleteAsync("simulator/faults")).EnsureSuccessStatusCode();
        using var response = await _simulator.GetAsync(AnyOrder, _accessToken);

        var armed = await _simulator.Http.GetFromJsonAsync<JsonElement>("simulator/faults");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(armed.GetProperty("faults").GetArrayLength(), Is.Zero);
        });
    }

    [TestCase("InternalError", HttpStatusCode.InternalServerError, "server_error")]
    [TestCase("ServiceUnavailable", HttpStatusCode.ServiceUnavailable, "temporarily_unavailable")]
    [TestCase("Throttle", HttpStatusCode.TooManyRequests, "slow_down")]
    public async Task Given_a_fault_armed_for_lwaToken_When_two_refreshes_come_Then_the_first_gets_an_LWA_error_and_the_second_a_token(
        string kind, HttpStatusCode status, string error)
    {
        await ArmAsync(new { operation = "lwaToken", kind, count = 1 });

        using var first = await _simulator.RefreshAsync(SellerRefresh());
        var second = await _simulator.AccessTokenAsync();

        var refusal = await first.Content.ReadFromJsonAsync<JsonElement>();
        var counts = await _simulator.CountsAsync("lwaToken");
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(status));
            Assert.That(refusal.GetProperty("error").GetString(), Is.EqualTo(error));
            Assert.That(second, Does.StartWith("Atza|"));
            Assert.That(counts.GetProperty("faulted").GetInt64(), Is.EqualTo(1));
            Assert.That(counts.GetProperty("accepted").GetInt64(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_lost_connection_armed_for_lwaToken_When_refreshing_Then_no_answer_comes_though_the_token_was_issued()
    {
        await ArmAsync(new { operation = "lwaToken", kind = "ConnectionLost", count = 1 });

        var refresh = async () => (await _simulator.RefreshAsync(SellerRefresh())).Dispose();

        Assert.That(refresh, Throws.InstanceOf<HttpRequestException>());
        var counts = await _simulator.CountsAsync("lwaToken");
        Assert.That(counts.GetProperty("accepted").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task Given_a_fault_armed_for_every_SP_API_operation_When_refreshing_an_LWA_token_Then_LWA_is_not_struck()
    {
        await ArmAsync(new { operation = "*", kind = "InternalError", count = 1 });

        using var refresh = await _simulator.RefreshAsync(SellerRefresh());
        using var order = await _simulator.GetAsync(AnyOrder, _accessToken);

        Assert.Multiple(() =>
        {
            Assert.That(refresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(order.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        });
    }

    [TestCase("""{"operation":"listOrders","kind":"InternalError","count":1}""", "Operation")]
    [TestCase("""{"operation":"getOrder","kind":"Explode","count":1}""", "Kind")]
    [TestCase("""{"operation":"getOrder","kind":"InternalError","count":0}""", "Count")]
    [TestCase("""{"operation":"getOrder","kind":"Delay","count":1}""", "DelayMilliseconds")]
    public async Task Given_a_fault_the_simulator_cannot_arm_When_posted_Then_400_naming_the_field(string body, string field)
    {
        using var response = await _simulator.Http.PostAsync(
            "simulator/faults", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
        });
    }

    private Dictionary<string, string> SellerRefresh() => new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = _simulator.Seller.RefreshToken,
        ["client_id"] = _simulator.ClientId,
        ["client_secret"] = _simulator.ClientSecret,
    };

    private async Task ArmAsync(object fault)
    {
        using var response = await _simulator.Http.PostAsJsonAsync("simulator/faults", fault);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
