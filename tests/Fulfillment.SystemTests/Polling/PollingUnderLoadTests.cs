using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Polling;

/// <summary>
/// A thousand orders over many pages and windows, with Amazon throttling and failing on purpose and changes dated
/// exactly on window edges: every order is imported once, none is missed, none is duplicated, and the client never
/// goes over a usage plan.
/// </summary>
public sealed class PollingUnderLoadTests
{
    private static readonly TimeSpan ListingDelay = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private PollingFixture _fixture = null!;

    private AmazonSide Amazon => _fixture.Amazon;

    [OneTimeSetUp]
    public async Task Start() => _fixture = await PollingFixture.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _fixture.DisposeAsync();

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_fixture.System.RecentOutput);
        }
    }

    [Test]
    public async Task Given_a_thousand_orders_with_faults_and_window_edges_When_polled_Then_each_is_imported_once_and_none_is_missed()
    {
        await Amazon.ResetRequestCountsAsync();
        var pendingBefore = await _fixture.CountListedAsync("Pending");
        var merchantOrders = await PlaceAsync(800, "MFN");
        var amazonOrders = await PlaceAsync(200, "AFN");
        await Amazon.InjectFaultAsync("getOrders", "Throttle", 3);
        await Amazon.InjectFaultAsync("getOrders", "InternalError", 2);
        await Amazon.InjectFaultAsync("getOrderItems", "Throttle", 5);
        await Amazon.InjectFaultAsync("getOrderItems", "InternalError", 5);
        await Amazon.InjectFaultAsync("getOrderBuyerInfo", "ServiceUnavailable", 3);
        await Amazon.LetTimePassAsync(ListingDelay);
        await _fixture.WaitUntilListedAsync("Pending", pendingBefore + 800, Patience);

        var verified = merchantOrders[..500];
        var canceled = merchantOrders[500..550];
        var onTheEdge = merchantOrders[550..580];
        await ForEachAsync(verified, id => Amazon.ChangeStatusAsync(id, "Unshipped"));
        await ForEachAsync(canceled, id => Amazon.ChangeStatusAsync(id, "Canceled"));
        await ForEachAsync(amazonOrders, async id =>
        {
            await Amazon.ChangeStatusAsync(id, "Unshipped");
            await Amazon.ChangeStatusAsync(id, "Shipped");
        });
        var edge = await _fixture.WatermarkAsync();
        await ForEachAsync(onTheEdge[..10], id => Amazon.ChangeStatusAsync(id, "Unshipped", edge));
        await ForEachAsync(onTheEdge[10..20], id => Amazon.ChangeStatusAsync(id, "Unshipped", edge.AddSeconds(-1)));
        await ForEachAsync(onTheEdge[20..], id => Amazon.ChangeStatusAsync(id, "Unshipped", edge.AddSeconds(1)));
        await Amazon.LetTimePassAsync(ListingDelay);

        await _fixture.WaitUntilListedAsync("Unshipped", 530, Patience);
        await _fixture.WaitUntilListedAsync("Shipped", 200, Patience);
        await _fixture.WaitUntilListedAsync("Canceled", 50, Patience);
        await Eventually.GetAsync(
            () => Task.FromResult(verified.Concat(onTheEdge).All(id => _fixture.Published.CountOf<OrderUnshipped>(id) > 0)
                && amazonOrders.All(id => _fixture.Published.CountOf<OrderShipped>(id) > 0) ? "published" : null),
            Patience, "every verified order to be published");
        await Amazon.WaitForPollsAsync(3);

        var requests = await Amazon.RequestCountsAsync();
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, requests.Select(pair => $"{pair.Key}: {pair.Value}")));
        Assert.Multiple(async () =>
        {
            Assert.That(await _fixture.CountListedAsync("Pending"), Is.EqualTo(pendingBefore + 220));
            Assert.That(await _fixture.CountListedAsync("Error"), Is.Zero);
            Assert.That(merchantOrders.Select(_fixture.Published.CountOf<OrderPending>), Is.All.EqualTo(1), "OrderPending once per MFN order");
            Assert.That(verified.Concat(onTheEdge).Select(_fixture.Published.CountOf<OrderUnshipped>), Is.All.EqualTo(1), "OrderUnshipped once");
            Assert.That(canceled.Select(_fixture.Published.CountOf<OrderCanceled>), Is.All.EqualTo(1), "OrderCanceled once");
            Assert.That(amazonOrders.Select(_fixture.Published.CountOf<OrderShipped>), Is.All.EqualTo(1), "OrderShipped once per FBA order");
            Assert.That(amazonOrders.Select(_fixture.Published.CountOf<OrderPending>), Is.All.Zero, "F1: nothing while Amazon holds an FBA order");
            Assert.That(requests.Values.Sum(counts => counts.Throttled), Is.Zero, "no request over a usage plan");
            Assert.That(requests.Values.Sum(counts => counts.Faulted), Is.EqualTo(18), "every injected fault was met and retried");
        });
    }

    [Test]
    public async Task Given_OrderImport_killed_in_the_middle_of_a_poll_When_it_restarts_Then_nothing_is_lost_or_duplicated()
    {
        var orders = await PlaceAsync(300, "MFN");
        await Amazon.LetTimePassAsync(ListingDelay);
        var before = await _fixture.CountListedAsync("Pending");
        await Eventually.GetAsync(
            async () => await _fixture.CountListedAsync("Pending") >= before + 60 ? "partly imported" : null,
            Patience, "OrderImport to be in the middle of importing");

        await _fixture.OrderImport.KillAsync();
        await _fixture.OrderImport.StartAsync();
        await _fixture.WaitUntilListedAsync("Pending", before + 300, Patience);
        await Eventually.GetAsync(
            () => Task.FromResult(orders.All(id => _fixture.Published.CountOf<OrderPending>(id) > 0) ? "published" : null),
            Patience, "every order to be published");
        await Amazon.WaitForPollsAsync(3);

        Assert.Multiple(async () =>
        {
            Assert.That(await _fixture.CountListedAsync("Pending"), Is.EqualTo(before + 300));
            Assert.That(orders.Select(_fixture.Published.CountOf<OrderPending>), Is.All.EqualTo(1));
        });
    }

    private async Task<string[]> PlaceAsync(int count, string channel)
    {
        var ids = new string[count];
        await ForEachAsync(Enumerable.Range(0, count).ToArray(), async index =>
            ids[index] = await Amazon.PlaceOrderAsync(
                channel, [.. Enumerable.Range(1, 1 + index % 3).Select(line => ($"SKU-{line}", line, 10m * line))]));
        return ids;
    }

    private static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> action) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, _) => await action(item));
}
