using System.Net;
using System.Net.Http.Json;
using Fulfillment.SystemTests.Infrastructure;
using static Fulfillment.SystemTests.FirstSlice.AmazonOrderRequests;

namespace Fulfillment.SystemTests.FirstSlice;

/// <summary>
/// The first slice end to end: an order recorded in OrderImport travels as <c>OrderPending</c> over RabbitMQ
/// and is noted by CommerceOrder exactly once.
/// </summary>
public sealed class PendingOrderReachesCommerceOrderTests
{
    private FulfillmentSystem _system = null!;

    private HttpClient OrderImport => _system[FulfillmentService.OrderImport].Http;
    private HttpClient CommerceOrder => _system[FulfillmentService.CommerceOrder].Http;

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(FulfillmentService.OrderImport, FulfillmentService.CommerceOrder);
        await ConnectStoreAsync(OrderImport);
    }

    [OneTimeTearDown]
    public async Task StopServices() => await _system.DisposeAsync();

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_system.RecentOutput);
        }
    }

    [Test]
    public async Task Given_a_pending_Amazon_order_When_recorded_Then_CommerceOrder_notes_it_with_its_lines()
    {
        var amazonOrderId = NewAmazonOrderId();

        using var recorded = await RecordAsync(OrderImport, PendingSnapshot(amazonOrderId, "SKU-MUG-BLUE", 3));

        var process = await CommerceOrderWaits.NotedAsync(CommerceOrder, amazonOrderId);
        Assert.Multiple(() =>
        {
            Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(recorded.Headers.Location?.ToString(), Is.EqualTo($"/api/amazon-orders/{amazonOrderId}"));
            Assert.That(process.Stage, Is.EqualTo("AwaitingAmazonVerification"));
            Assert.That(process.StoreId, Is.EqualTo("store-us"));
            Assert.That(process.FulfillmentChannel, Is.EqualTo("MFN"));
            Assert.That(process.Lines, Is.EqualTo(new[] { new OrderLineResponse("11111111111111", "SKU-MUG-BLUE", 3) }));
            Assert.That(process.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_recorded_order_When_the_same_snapshot_is_recorded_again_Then_nothing_changes()
    {
        var amazonOrderId = NewAmazonOrderId();
        using var first = await RecordAsync(OrderImport, PendingSnapshot(amazonOrderId));

        using var second = await RecordAsync(OrderImport, PendingSnapshot(amazonOrderId));

        var order = await second.Content.ReadFromJsonAsync<AmazonOrderResponse>();
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(order!.Status, Is.EqualTo("Pending"));
            Assert.That(order.Version, Is.EqualTo(1));
        });
    }
}
