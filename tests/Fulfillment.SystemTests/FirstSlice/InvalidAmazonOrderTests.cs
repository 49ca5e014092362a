using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using static Fulfillment.SystemTests.FirstSlice.AmazonOrderRequests;

namespace Fulfillment.SystemTests.FirstSlice;

/// <summary>Bad input gets a 400 ProblemDetails that names the field, and nothing is recorded.</summary>
public sealed class InvalidAmazonOrderTests
{
    private FulfillmentSystem _system = null!;

    private HttpClient OrderImport => _system[FulfillmentService.OrderImport].Http;

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(FulfillmentService.OrderImport);
        await ConnectStoreAsync(OrderImport);
    }

    [OneTimeTearDown]
    public async Task StopServices() => await _system.DisposeAsync();

    [Test]
    public async Task Given_a_malformed_Amazon_order_id_When_recorded_Then_400_names_the_field_and_nothing_is_stored()
    {
        using var response = await RecordAsync(OrderImport, PendingSnapshot("not-an-order-id"));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var lookup = await OrderImport.GetAsync("api/amazon-orders/not-an-order-id");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("errors").TryGetProperty("AmazonOrderId", out _), Is.True);
            Assert.That(lookup.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task Given_an_item_with_zero_quantity_When_recorded_Then_400_names_the_item_field()
    {
        using var response = await RecordAsync(OrderImport, PendingSnapshot(NewAmazonOrderId(), quantity: 0));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").TryGetProperty("Items[0].Quantity", out _), Is.True);
        });
    }

    [Test]
    public async Task Given_a_store_that_is_not_connected_When_an_order_is_recorded_Then_400_names_StoreId()
    {
        using var response = await RecordAsync(OrderImport, PendingSnapshot(NewAmazonOrderId(), storeId: "store-unknown"));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").TryGetProperty("StoreId", out _), Is.True);
        });
    }

    [Test]
    public async Task Given_a_body_that_is_not_JSON_When_recorded_Then_400_problem_details()
    {
        using var content = new StringContent("{ not json", Encoding.UTF8, "application/json");

        using var response = await OrderImport.PostAsync("api/amazon-orders", content);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }
}
