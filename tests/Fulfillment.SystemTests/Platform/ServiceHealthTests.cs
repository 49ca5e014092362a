using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Platform;

/// <summary>Every host starts on its own database and the broker, and says so on <c>/health</c>.</summary>
public sealed class ServiceHealthTests
{
    private FulfillmentSystem _system = null!;

    [OneTimeSetUp]
    public async Task StartServices() => _system = await FulfillmentSystem.StartAsync([.. FulfillmentService.All]);

    [OneTimeTearDown]
    public async Task StopServices() => await _system.DisposeAsync();

    private static IEnumerable<FulfillmentService> Services => FulfillmentService.All;

    [TestCaseSource(nameof(Services))]
    public async Task Given_a_running_service_When_asked_for_health_Then_it_reports_each_dependency_healthy(
        FulfillmentService service)
    {
        using var response = await _system[service].Http.GetAsync("health");
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        var checks = report.GetProperty("checks").EnumerateObject()
            .ToDictionary(check => check.Name, check => check.Value.GetProperty("status").GetString());
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(checks.Values, Is.All.EqualTo("Healthy"));
            if (service != FulfillmentService.SpApiSimulator)
            {
                Assert.That(checks.Keys, Has.Some.EqualTo("postgres"));
                Assert.That(checks.Keys, Has.Some.Contains("masstransit"));
                Assert.That(checks.Keys, Has.Some.Contains("daemon").IgnoreCase);
            }
        });
    }

    [TestCaseSource(nameof(Services))]
    public async Task Given_a_running_service_When_asked_if_alive_Then_it_answers(FulfillmentService service)
    {
        using var response = await _system[service].Http.GetAsync("alive");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
