using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;

namespace Fulfillment.SystemTests.Observability;

/// <summary>
/// V2: after a known scenario (three orders imported, one of them blocked in Commerce for want of stock, two shipped
/// and confirmed to Amazon) the services' exported metrics (their Prometheus scrape endpoints) count exactly that.
/// </summary>
[NonParallelizable]
public sealed class OrderMetricsTests
{
    private const string Store = PollingFixture.StoreId;

    private PollingFixture _fixture = null!;

    private HttpClient OrderImport => _fixture.OrderImport.Http;
    private HttpClient CommerceOrder => _fixture.System[FulfillmentService.CommerceOrder].Http;
    private HttpClient TrackingSync => _fixture.System[FulfillmentService.TrackingSync].Http;

    [OneTimeSetUp]
    public async Task StartAsync() => _fixture = await PollingFixture.StartAsync(
        FulfillmentService.CommerceOrder, FulfillmentService.CustomerProvisioning, FulfillmentService.TrackingSync);

    [OneTimeTearDown]
    public async Task StopAsync() => await _fixture.DisposeAsync();

    [Test]
    public async Task Given_three_orders_one_blocked_and_two_shipped_When_the_metrics_are_scraped_Then_they_count_the_orders_the_waits_and_the_SP_API_calls()
    {
        var inStock = await ProductAsync(quantity: 10);
        var soldOut = await ProductAsync(quantity: 0);
        var quantities = new Dictionary<string, int>
        {
            [await _fixture.Amazon.PlaceOrderAsync("MFN", (inStock, 1, 10m))] = 1,
            [await _fixture.Amazon.PlaceOrderAsync("MFN", (inStock, 2, 10m))] = 2,
        };
        var shipped = quantities.Keys.ToList();
        var blocked = await _fixture.Amazon.PlaceOrderAsync("MFN", (soldOut, 1, 10m));
        foreach (var amazonOrderId in shipped.Append(blocked))
        {
            await _fixture.Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        }

        await _fixture.Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelOrderAsync(blocked, order => order.GetProperty("channelStatus").GetString() == "Error");
        foreach (var amazonOrderId in shipped)
        {
            var number = (await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("commerceOrderNumber").GetString() is not null))
                .GetProperty("commerceOrderNumber").GetString()!;
            await ShipEverythingAsync(number, quantities[amazonOrderId]);
        }

        foreach (var amazonOrderId in shipped)
        {
            await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Shipped");
        }

        var orders = await ScrapeUntilAsync(OrderImport, scrape =>
            scrape.Sum("fulfillment_orders", ("store", Store), ("status", "Shipped")) == 2
            && scrape.Sum("fulfillment_orders", ("store", Store), ("status", "Error")) == 1, "the orders gauge");
        var confirmations = await ScrapeUntilAsync(TrackingSync, scrape =>
            scrape.Sum("fulfillment_shipment_shipped_to_confirmed_seconds_count", ("store", Store)) == 2, "the confirmation histogram");
        Assert.Multiple(() =>
        {
            Assert.That(orders.Sum("fulfillment_orders", ("store", Store)), Is.EqualTo(3), "three orders imported");
            Assert.That(orders.Sum("fulfillment_orders", ("store", Store), ("status", "Shipped")), Is.EqualTo(2));
            Assert.That(orders.Sum("fulfillment_orders", ("store", Store), ("status", "Error")), Is.EqualTo(1), "one blocked");
            Assert.That(orders.Sum("fulfillment_order_unshipped_to_placed_seconds_count", ("store", Store)), Is.EqualTo(2),
                "the wait for a Commerce order, once per placed order");
            Assert.That(orders.Sum("fulfillment_order_unshipped_to_placed_seconds_bucket", ("store", Store), ("le", "+Inf")), Is.EqualTo(2));
            Assert.That(orders.Sum("fulfillment_sp_api_calls_total", ("operation", "getOrderItems"), ("outcome", "success")), Is.GreaterThanOrEqualTo(3),
                "the items of every verified order were read");
            Assert.That(orders.Sum("fulfillment_sp_api_calls_total", ("operation", "getOrders"), ("outcome", "success")), Is.GreaterThan(0));
            Assert.That(confirmations.Sum("fulfillment_shipment_shipped_to_confirmed_seconds_count", ("store", Store)), Is.EqualTo(2),
                "two shipments confirmed");
            Assert.That(confirmations.Sum("fulfillment_sp_api_calls_total", ("operation", "confirmShipment"), ("outcome", "success")), Is.EqualTo(2),
                "one confirmShipment per package");
            Assert.That(confirmations.Sum("fulfillment_sp_api_calls_total", ("operation", "confirmShipment"), ("outcome", "throttled")), Is.Zero);
        });
    }

    [Test]
    public async Task Given_the_services_ran_When_scraped_Then_each_forwarder_has_caught_up_and_every_error_queue_is_empty()
    {
        // CustomerProvisioning answers on the bus directly: it has no forwarder.
        var forwarding = new[] { FulfillmentService.OrderImport, FulfillmentService.CommerceOrder, FulfillmentService.TrackingSync };
        foreach (var service in forwarding.Append(FulfillmentService.CustomerProvisioning))
        {
            var scrape = await ScrapeUntilAsync(_fixture.System[service].Http, scrape =>
                (!forwarding.Contains(service)
                    || scrape.Samples.Any(sample => sample.Name == "fulfillment_events_lag" && sample.Labels.GetValueOrDefault("kind") == "forwarder"
                        && sample.Value == 0))
                && scrape.Samples.Any(sample => sample.Name == "fulfillment_error_queue_depth"), $"{service}'s lag and error queues");
            Assert.Multiple(() =>
            {
                Assert.That(scrape.Samples.Where(sample => sample.Name == "fulfillment_events_lag").Select(sample => sample.Value), Is.All.GreaterThanOrEqualTo(0));
                Assert.That(scrape.Samples.Where(sample => sample.Name == "fulfillment_error_queue_depth").Select(sample => sample.Value), Is.All.Zero,
                    $"{service}: nothing failed");
                Assert.That(scrape.Samples.Where(sample => sample.Name == "fulfillment_error_queue_depth")
                    .All(sample => sample.Labels["queue"].EndsWith("_error", StringComparison.Ordinal)), Is.True);
                Assert.That(scrape.Samples.Any(sample => sample.Name.StartsWith("http_server_request_duration_seconds", StringComparison.Ordinal)), Is.True,
                    $"{service}: ASP.NET Core's meter");
                Assert.That(scrape.Samples.Any(sample => sample.Name.StartsWith("dotnet_", StringComparison.Ordinal) || sample.Name.StartsWith("process_runtime_dotnet", StringComparison.Ordinal)), Is.True,
                    $"{service}: the runtime's meter");
            });
        }
    }

    private static async Task<PrometheusScrape> ScrapeUntilAsync(HttpClient service, Func<PrometheusScrape, bool> until, string what)
    {
        PrometheusScrape? last = null;
        try
        {
            return await Eventually.GetAsync(async () =>
            {
                last = await PrometheusScrape.ReadAsync(service);
                return until(last) ? last : null;
            }, TimeSpan.FromSeconds(90), what);
        }
        catch (TimeoutException timeout)
        {
            var seen = last?.Samples.Where(sample => sample.Name.StartsWith("fulfillment_", StringComparison.Ordinal))
                .Select(sample => $"{sample.Name}{{{string.Join(",", sample.Labels.Select(label => $"{label.Key}={label.Value}"))}}} {sample.Value}");
            throw new TimeoutException($"{timeout.Message} Last scrape:\n{string.Join("\n", seen ?? [])}", timeout);
        }
    }

    private async Task<string> ProductAsync(int quantity)
    {
        var sku = $"SKU-{Guid.NewGuid():N}"[..16];
        using var response = await CommerceOrder.PutAsJsonAsync(
            $"api/catalog/products/{sku}", new { name = $"Product {sku}", enabled = true, quantity, manageStock = true });
        response.EnsureSuccessStatusCode();
        return sku;
    }

    private async Task ShipEverythingAsync(string number, int quantity)
    {
        using var response = await CommerceOrder.PostAsJsonAsync($"api/commerce/orders/{number}/ship", new
        {
            items = new[] { new { order_item_id = "1", qty = quantity } },
            tracks = new[] { new { track_number = $"1Z{Guid.NewGuid():N}"[..18].ToUpperInvariant(), title = "Other", carrier_code = "custom" } },
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    private Task<JsonElement> ChannelOrderAsync(string amazonOrderId, Func<JsonElement, bool> until) =>
        _fixture.ChannelOrderAsync(amazonOrderId, until);
}
