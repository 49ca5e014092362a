using System.Collections.Concurrent;
using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;
using static Fulfillment.SystemTests.FirstSlice.AmazonOrderRequests;

namespace Fulfillment.SystemTests.FirstSlice;

/// <summary>A service that stops or crashes mid-way loses nothing: the forwarder resumes from its stored progress.</summary>
public sealed class ServiceRestartTests
{
    private FulfillmentSystem _system = null!;
    private IBusControl _auditBus = null!;
    private readonly ConcurrentDictionary<string, int> _publishedPerOrder = new();

    private ServiceProcess OrderImport => _system[FulfillmentService.OrderImport];
    private ServiceProcess CommerceOrder => _system[FulfillmentService.CommerceOrder];

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(FulfillmentService.OrderImport, FulfillmentService.CommerceOrder);
        await ConnectStoreAsync(OrderImport.Http);
        _auditBus = await _system.StartTestBusAsync();

        // A queue of the test's own, bound like CommerceOrder's, counts every OrderPending OrderImport publishes.
        var audit = _auditBus.ConnectReceiveEndpoint("test-order-pending-audit", endpoint =>
            endpoint.Handler<OrderPending>(context =>
            {
                _publishedPerOrder.AddOrUpdate(context.Message.AmazonOrderId, 1, (_, count) => count + 1);
                return Task.CompletedTask;
            }));
        await audit.Ready;
    }

    [OneTimeTearDown]
    public async Task StopServices()
    {
        await _auditBus.StopAsync();
        await _system.DisposeAsync();
    }

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_system.RecentOutput);
        }
    }

    [Test]
    public async Task Given_OrderImport_killed_right_after_recording_orders_When_restarted_Then_each_order_reaches_CommerceOrder_once()
    {
        var amazonOrderIds = Enumerable.Range(0, 25).Select(_ => NewAmazonOrderId()).ToList();
        await RecordAllAsync(amazonOrderIds);

        await OrderImport.KillAsync();
        await OrderImport.StartAsync();

        foreach (var amazonOrderId in amazonOrderIds)
        {
            var process = await CommerceOrderWaits.NotedAsync(CommerceOrder.Http, amazonOrderId);
            Assert.That(process.Version, Is.EqualTo(1), amazonOrderId);
        }
    }

    [Test]
    public async Task Given_orders_already_forwarded_When_OrderImport_crashes_and_restarts_Then_it_does_not_publish_them_again()
    {
        var forwardedBeforeCrash = Enumerable.Range(0, 10).Select(_ => NewAmazonOrderId()).ToList();
        await RecordAllAsync(forwardedBeforeCrash);
        foreach (var amazonOrderId in forwardedBeforeCrash)
        {
            await CommerceOrderWaits.NotedAsync(CommerceOrder.Http, amazonOrderId);
        }

        await WaitForForwarderProgressToBeStoredAsync();
        await OrderImport.KillAsync();
        await OrderImport.StartAsync();
        var recordedAfterRestart = NewAmazonOrderId();
        await RecordAllAsync([recordedAfterRestart]);
        await CommerceOrderWaits.NotedAsync(CommerceOrder.Http, recordedAfterRestart);
        await Eventually.GetAsync(
            () => Task.FromResult(_publishedPerOrder.ContainsKey(recordedAfterRestart) ? "seen" : null),
            TimeSpan.FromSeconds(30), "the audit queue to see the order recorded after the restart");

        Assert.That(
            forwardedBeforeCrash.Select(amazonOrderId => _publishedPerOrder.GetValueOrDefault(amazonOrderId)),
            Is.All.EqualTo(1),
            "each order forwarded before the crash was published exactly once");
    }

    [Test]
    public async Task Given_CommerceOrder_stopped_When_orders_are_recorded_Then_it_notes_them_once_it_runs_again()
    {
        await CommerceOrder.StopAsync();
        var amazonOrderIds = Enumerable.Range(0, 5).Select(_ => NewAmazonOrderId()).ToList();
        await RecordAllAsync(amazonOrderIds);

        await CommerceOrder.StartAsync();

        foreach (var amazonOrderId in amazonOrderIds)
        {
            var process = await CommerceOrderWaits.NotedAsync(CommerceOrder.Http, amazonOrderId);
            Assert.That(process.Version, Is.EqualTo(1), amazonOrderId);
        }
    }

    private async Task RecordAllAsync(IEnumerable<string> amazonOrderIds)
    {
        foreach (var amazonOrderId in amazonOrderIds)
        {
            using var response = await RecordAsync(OrderImport.Http, PendingSnapshot(amazonOrderId));
            response.EnsureSuccessStatusCode();
        }
    }

    private async Task WaitForForwarderProgressToBeStoredAsync()
    {
        var database = _system.DatabaseOf(FulfillmentService.OrderImport);
        await Eventually.GetAsync(
            async () =>
            {
                var progress = await database.ScalarAsync<long>(
                    "select coalesce(max(last_seq_id), 0) from order_import.mt_event_progression where name like 'EventForwarder%'");
                var highest = await database.ScalarAsync<long>(
                    "select coalesce(max(seq_id), 0) from order_import.mt_events");
                return progress >= highest && highest > 0 ? "stored" : null;
            },
            TimeSpan.FromSeconds(30), "the forwarder to store its progress");
    }
}
