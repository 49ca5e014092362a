using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;
using Fulfillment.SystemTests.Stores;
using Fulfillment.SystemTests.Workflow;

namespace Fulfillment.SystemTests.Observability;

/// <summary>
/// V1: an operator who pastes an Amazon order id into the trace dashboard sees the order's whole journey, from the
/// poll that saw it to Amazon's shipment confirmation, as one trace across every service and the bus, and no span
/// or log record holds the buyer's personal data or a credential. The services export to the dashboard the launcher
/// runs, as they do under <c>deploy/local/fulfillment up</c>.
/// </summary>
[NonParallelizable]
public sealed class OrderTraceTests
{
    private const string AmazonOrderIdTag = "amazon.order_id";
    private static readonly string[] OurServices = ["OrderImport", "CustomerProvisioning", "CommerceOrder", "TrackingSync"];

    private TraceDashboard _dashboard = null!;
    private PollingFixture _fixture = null!;

    private HttpClient OrderImport => _fixture.OrderImport.Http;
    private HttpClient CommerceOrder => _fixture.System[FulfillmentService.CommerceOrder].Http;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _dashboard = await TraceDashboard.StartAsync();
        _fixture = await PollingFixture.StartAsync(
            _dashboard.ServiceSettings,
            FulfillmentService.CommerceOrder, FulfillmentService.CustomerProvisioning, FulfillmentService.TrackingSync);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _fixture.DisposeAsync();
        await _dashboard.DisposeAsync();
    }

    [Test]
    public async Task Given_an_MFN_order_shipped_and_confirmed_When_the_dashboard_is_filtered_on_its_Amazon_order_id_Then_one_trace_shows_every_service_bus_hop_database_call_and_SP_API_call()
    {
        var amazonOrderId = await ShipOneOrderThroughTheWholeWorkflowAsync();

        IReadOnlyList<ExportedSpan> spans = [];
        string? orderTrace = null;
        try
        {
            await Eventually.GetAsync(async () =>
            {
                spans = await _dashboard.SpansAsync();
                orderTrace = spans.FirstOrDefault(span => span.Name == "import amazon order" && span.Attribute(AmazonOrderIdTag) == amazonOrderId)?.TraceId;
                var inTrace = spans.Where(span => span.TraceId == orderTrace).ToList();
                return orderTrace is not null && inTrace.Any(span => span.Name == "confirm shipment to amazon" && span.Service == "TrackingSync")
                    && inTrace.Any(span => span.Service == "OrderImport" && span.Kind == ExportedSpan.Consumer && span.Name.Contains("shipment-confirmed"))
                    ? "complete"
                    : null;
            }, TimeSpan.FromSeconds(90), "the order's trace up to Amazon's confirmation in the dashboard");
        }
        catch (TimeoutException timeout)
        {
            Assert.Fail($"{timeout.Message}\nThe order's spans:\n{string.Join("\n", spans
                .Where(span => span.TraceId == orderTrace || span.Attribute(AmazonOrderIdTag) == amazonOrderId)
                .Select(span => $"{span.TraceId[..8]} {Describe(span)} order {span.Attribute(AmazonOrderIdTag)}"))}");
        }

        var trace = spans.Where(span => span.TraceId == orderTrace).ToList();
        var ours = trace.Where(span => OurServices.Contains(span.Service)).ToList();
        var tagged = spans.Where(span => span.Attribute(AmazonOrderIdTag) == amazonOrderId).ToList();
        var linkedToTheOrder = spans.Where(span => span.LinkedTraceIds.Contains(orderTrace)).Select(span => span.TraceId).ToHashSet();
        var linkedFromTheOrder = trace.SelectMany(span => span.LinkedTraceIds).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(ours.Select(span => span.Service).Distinct(), Is.EquivalentTo(OurServices), "every service's spans in the order's trace");
            Assert.That(ours.Where(span => span.Attribute(AmazonOrderIdTag) != amazonOrderId).Select(Describe), Is.Empty,
                "every span of ours in the order's trace carries amazon.order_id");
            foreach (var service in OurServices.Where(service => service != "OrderImport"))
            {
                Assert.That(ours.Any(span => span.Service == service && span.Kind == ExportedSpan.Consumer), Is.True, $"a bus hop into {service}");
            }

            Assert.That(ours.Count(span => span.Kind == ExportedSpan.Producer), Is.GreaterThanOrEqualTo(5), "the forwarders' publications");
            foreach (var service in OurServices)
            {
                Assert.That(ours.Any(span => span.Service == service && span.Attribute("db.system") is "postgresql"
                    || span.Service == service && span.Attribute("db.system.name") is "postgresql"), Is.True, $"{service}'s database calls");
            }

            Assert.That(ours.Any(span => span.Service == "OrderImport" && span.Kind == ExportedSpan.Client && CallsAmazon(span, $"/orders/v0/orders/{amazonOrderId}/orderItems")), Is.True,
                "OrderImport's getOrderItems call");
            Assert.That(ours.Any(span => span.Service == "TrackingSync" && span.Kind == ExportedSpan.Client && CallsAmazon(span, $"/orders/v0/orders/{amazonOrderId}/shipmentConfirmation")), Is.True,
                "TrackingSync's confirmShipment call");
            Assert.That(tagged.Where(span => span.TraceId != orderTrace && !linkedFromTheOrder.Contains(span.TraceId) && !linkedToTheOrder.Contains(span.TraceId)).Select(Describe), Is.Empty,
                "a span about the order outside its trace is linked with it (the poll, the operator's shipment request)");
            Assert.That(spans.Any(span => span.Service == "CommerceOrder" && span.Kind == ExportedSpan.Server && span.Attribute(AmazonOrderIdTag) == amazonOrderId
                && linkedFromTheOrder.Contains(span.TraceId)), Is.True, "the shipment request, days later, linked from the order's trace");
        });
    }

    [Test]
    public async Task Given_the_order_s_journey_was_exported_When_every_span_and_log_record_is_read_Then_none_holds_the_buyer_s_personal_data_or_a_credential()
    {
        await ShipOneOrderThroughTheWholeWorkflowAsync();
        await Task.Delay(TimeSpan.FromSeconds(3)); // the last batches leave every 500 ms

        var texts = await _dashboard.AllTextAsync();
        var forbidden = new[]
        {
            "jane.doe@example.com", "Jane Doe", "1 Main Street", "+1 206 555 0100",
            _fixture.System.Seller.ClientSecret, _fixture.System.Seller.RefreshToken,
        };
        Assert.Multiple(() =>
        {
            Assert.That(texts, Has.Count.GreaterThan(1000), "the dashboard received the journey's telemetry");
            Assert.That(texts.Any(text => text.Contains("Polled store", StringComparison.Ordinal)), Is.True, "log records are exported too");
            foreach (var secret in forbidden)
            {
                Assert.That(texts.Where(text => text.Contains(secret, StringComparison.OrdinalIgnoreCase)), Is.Empty, $"no telemetry holds '{secret}'");
            }
        });
    }

    private static bool CallsAmazon(ExportedSpan span, string path) =>
        (span.Attribute("url.full") ?? span.Attribute("http.url") ?? "").Contains(path, StringComparison.Ordinal);

    private static string Describe(ExportedSpan span) => $"{span.Service} {span.Scope} '{span.Name}' kind {span.Kind}";

    private Task<string> ShipOneOrderThroughTheWholeWorkflowAsync() => WholeWorkflow.ShipOneOrderAsync(_fixture);

    private Task<JsonElement> ChannelOrderAsync(string amazonOrderId, Func<JsonElement, bool> until) =>
        _fixture.ChannelOrderAsync(amazonOrderId, until);
}
