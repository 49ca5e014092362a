using System.Net;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Stores;

/// <summary>A backfill request that cannot run is refused before anything is recorded (S7, S9).</summary>
public sealed class BackfillRequestTests
{
    private const string StoreId = "store-backfill";
    private FulfillmentSystem _system = null!;

    private HttpClient OrderImport => _system[FulfillmentService.OrderImport].Http;

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(FulfillmentService.OrderImport);
        using var response = await OrderImport.ConnectAsync(ConnectStoreBody.For(StoreId));
        response.EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task StopServices() => await _system.DisposeAsync();

    [Test]
    public async Task Given_a_range_whose_end_is_before_its_start_When_backfilled_Then_400_names_To_and_nothing_is_recorded()
    {
        using var response = await OrderImport.BackfillAsync(StoreId, Now.AddDays(-1), Now.AddDays(-2));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "To");
    }

    [Test]
    public async Task Given_a_range_ending_in_the_future_When_backfilled_Then_400_names_To()
    {
        using var response = await OrderImport.BackfillAsync(StoreId, Now.AddDays(-1), Now.AddHours(1));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "To");
    }

    [Test]
    public async Task Given_no_range_When_backfilled_Then_400_names_From_and_To()
    {
        using var response = await OrderImport.BackfillAsync(StoreId, from: null, to: null);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "From", "To");
    }

    [Test]
    public async Task Given_no_such_store_When_backfilled_Then_404_problem_details()
    {
        using var response = await OrderImport.BackfillAsync("store-unknown", Now.AddDays(-2), Now.AddDays(-1));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task Given_an_inactive_store_When_backfilled_Then_409_problem_details_and_nothing_is_recorded()
    {
        using (var connect = await OrderImport.ConnectAsync(ConnectStoreBody.For("store-inactive")))
        using (var deactivate = await OrderImport.ChangeSettingsAsync("store-inactive", new SettingsBody(State: "Inactive")))
        {
            connect.EnsureSuccessStatusCode();
            deactivate.EnsureSuccessStatusCode();
        }

        using var response = await OrderImport.BackfillAsync("store-inactive", Now.AddDays(-2), Now.AddDays(-1), "ops@example.com");

        var history = await OrderImport.HistoryAsync("store-inactive");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(history.Select(entry => entry.Type), Does.Not.Contain("OrdersBackfillRequested"));
        });
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, params string[] fields)
    {
        var invalid = await response.InvalidFieldsAsync();
        var history = await OrderImport.HistoryAsync(StoreId);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(invalid, Is.EquivalentTo(fields));
            Assert.That(history.Select(entry => entry.Type), Does.Not.Contain("OrdersBackfillRequested"));
        });
    }
}
