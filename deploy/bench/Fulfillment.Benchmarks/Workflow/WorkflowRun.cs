using System.Diagnostics;
using System.Threading.Channels;

namespace Fulfillment.Benchmarks.Workflow;

/// <summary>
/// Drives the planned orders through the running system: buyers place them and Amazon verifies (MFN), ships (FBA) or
/// cancels them in the simulator; the merchant ships every placed MFN order from Commerce with a tracking number;
/// the out-of-stock SKU is restocked once its orders are blocked. Returns when every order has reached its end or
/// nothing has moved for <see cref="StallLimit"/> (counted from the last move or the last <see cref="NoteDisturbance"/>,
/// so that a long outage the fault suite injects is not taken for a stall). Requests to a service that is down are
/// sent again and reads of a database that restarts are read again (<see cref="Retry"/>).
/// </summary>
public sealed class WorkflowRun(BenchSettings settings, SystemClient client, ProgressTracker tracker)
{
    public TimeSpan StallLimit { get; init; } = TimeSpan.FromMinutes(2);
    private const int PlacingBuyers = 8;
    private const int ShippingClerks = 8;
    public const int StockPerSku = 10_000_000;

    private const int CancelingOperators = 2;

    private readonly Channel<OrderProgress> _toShip = Channel.CreateUnbounded<OrderProgress>();
    private readonly Channel<OrderProgress> _toCancel = Channel.CreateUnbounded<OrderProgress>();
    private readonly System.Collections.Concurrent.ConcurrentQueue<OrderProgress> _heldCancels = new();
    private volatile bool _holdingCancels;

    /// <summary>
    /// Seller cancels the driver keeps back while this many are kept already go to Amazon at once; the fault suite
    /// keeps a few for its Amazon faults (<see cref="ReleaseHeldCancels"/>), so the Feeds API is called under each.
    /// </summary>
    public int CancelsToHold { get; init; }

    private long _lastDisturbanceTicks = DateTimeOffset.UtcNow.UtcTicks;

    public DateTimeOffset? RestockedAt { get; private set; }

    /// <summary>Reads of the services' databases that failed and were made again on the next round.</summary>
    public int FailedReads { get; private set; }

    /// <summary>From now on seller cancels are kept back again (up to <see cref="CancelsToHold"/>).</summary>
    public void HoldCancels() => _holdingCancels = CancelsToHold > 0;

    /// <summary>The seller cancels kept back go to Amazon now; with <paramref name="holdMore"/> false none is kept until <see cref="HoldCancels"/>.</summary>
    /// <returns>How many were released.</returns>
    public int ReleaseHeldCancels(bool holdMore = true)
    {
        _holdingCancels = holdMore;
        var released = 0;
        while (_heldCancels.TryDequeue(out var order))
        {
            order.CancelHeld = false;
            _toCancel.Writer.TryWrite(order);
            released++;
        }

        return released;
    }

    /// <summary>Something broke or came back now: the stall limit counts from here.</summary>
    public void NoteDisturbance() => Interlocked.Exchange(ref _lastDisturbanceTicks, DateTimeOffset.UtcNow.UtcTicks);

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await client.ConnectStoreAsync(cancellationToken);
        foreach (var (sku, _) in Workflow.OrderPlan.Catalog(settings.Skus))
        {
            await client.SaveProductAsync(sku, StockPerSku, cancellationToken);
        }

        await client.SaveProductAsync(Workflow.OrderPlan.RestockedSku, 0, cancellationToken);
        await tracker.StartAsync(cancellationToken);
        _holdingCancels = CancelsToHold > 0;
        tracker.Placed += order =>
        {
            if (order.Plan.ShipsFromCommerce)
            {
                _toShip.Writer.TryWrite(order);
            }
            else if (order.Plan.Kind == OrderKind.CanceledBySeller)
            {
                if (_holdingCancels && _heldCancels.Count < CancelsToHold)
                {
                    order.CancelHeld = true;
                    _heldCancels.Enqueue(order);
                }
                else
                {
                    _toCancel.Writer.TryWrite(order);
                }
            }
        };
    }

    public Task<IReadOnlyList<OrderProgress>> RunAsync(IReadOnlyList<PlannedOrder> plan, Action<string> report, CancellationToken cancellationToken) =>
        RunAsync([.. plan.Select(planned => new OrderProgress(planned))], report, Task.CompletedTask, cancellationToken);

    /// <param name="orders">The orders to drive, which the caller may watch as they move.</param>
    /// <param name="keepFollowing">The run does not end before this task has, even if every order is done.</param>
    public async Task<IReadOnlyList<OrderProgress>> RunAsync(
        IReadOnlyList<OrderProgress> orders, Action<string> report, Task keepFollowing, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var following = FollowAsync(orders, report, keepFollowing, stop.Token);
        var shipping = Enumerable.Range(0, ShippingClerks).Select(_ => ShipAsync(stop.Token))
            .Concat(Enumerable.Range(0, CancelingOperators).Select(_ => CancelAsync(stop.Token)))
            .ToList();
        _ = keepFollowing.ContinueWith(_ => ReleaseHeldCancels(holdMore: false), TaskScheduler.Default);
        await PlaceAllAsync(orders, keepFollowing, cancellationToken);
        report($"all {orders.Count} orders placed at Amazon");
        await RestockWhenBlockedAsync(orders, report, cancellationToken);
        await following;
        await stop.CancelAsync();
        _toShip.Writer.TryComplete();
        _toCancel.Writer.TryComplete();
        await Task.WhenAll(shipping.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)));
        return orders;
    }

    /// <summary>
    /// The last orders of the plan are placed only when <see cref="ReleaseKeptOrders"/> asks for them (or once the
    /// run is told to finish): the fault suite places some under each Amazon fault, so that new orders are imported,
    /// shipped and canceled while it is armed, however long the schedule before it took.
    /// </summary>
    public int OrdersKeptForFaults { get; init; }

    private readonly SemaphoreSlim _keptOrdersReleased = new(0, int.MaxValue);

    /// <summary>Places <paramref name="count"/> of the kept orders now.</summary>
    public void ReleaseKeptOrders(int count) => _keptOrdersReleased.Release(Math.Max(1, count));

    private async Task PlaceAllAsync(IReadOnlyList<OrderProgress> orders, Task keepFollowing, CancellationToken cancellationToken)
    {
        var kept = Math.Min(OrdersKeptForFaults, orders.Count);
        _ = keepFollowing.ContinueWith(_ => _keptOrdersReleased.Release(orders.Count), TaskScheduler.Default);
        var placingKept = orders.Skip(orders.Count - kept).Select(async order =>
        {
            await _keptOrdersReleased.WaitAsync(cancellationToken);
            await PlaceAsync(order, cancellationToken);
        }).ToList();
        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, PlacingBuyers).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < orders.Count - kept)
            {
                if (settings.PlacementRate > 0)
                {
                    var due = TimeSpan.FromSeconds(index / settings.PlacementRate) - clock.Elapsed;
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due, cancellationToken);
                    }
                }

                await PlaceAsync(orders[index], cancellationToken);
            }
        }).Concat(placingKept));
    }

    /// <summary>The buyer orders; Amazon then moves the order as its kind says, each change a separate update.</summary>
    private async Task PlaceAsync(OrderProgress order, CancellationToken cancellationToken)
    {
        var placed = await client.PlaceOrderAsync(order.Plan, cancellationToken);
        order.AmazonOrderId = placed.AmazonOrderId;
        tracker.ByAmazonOrderId[placed.AmazonOrderId] = order;
        switch (order.Plan.Kind)
        {
            case OrderKind.CanceledWhilePending:
                await client.ChangeStatusAsync(placed.AmazonOrderId, "Canceled", cancellationToken);
                break;
            case OrderKind.Fba:
                await client.ChangeStatusAsync(placed.AmazonOrderId, "Unshipped", cancellationToken);
                order.VerifiedVisibleAt = (await client.ChangeStatusAsync(placed.AmazonOrderId, "Shipped", cancellationToken))
                    .LastUpdateDate + settings.AmazonDataDelay;
                break;
            default:
                order.VerifiedVisibleAt = (await client.ChangeStatusAsync(placed.AmazonOrderId, "Unshipped", cancellationToken))
                    .LastUpdateDate + settings.AmazonDataDelay;
                break;
        }

        order.PlacedAtAmazonAt = DateTimeOffset.UtcNow;
    }

    private async Task ShipAsync(CancellationToken cancellationToken)
    {
        await foreach (var order in _toShip.Reader.ReadAllAsync(cancellationToken))
        {
            order.ShipRequestedAt = DateTimeOffset.UtcNow;
            var repeatedBefore = Retry.Repeated;
            try
            {
                // Sent again with the same Idempotency-Key until CommerceOrder answers (see SystemClient.ShipAsync).
                await client.ShipAsync(
                    order.IncrementId!, $"bench-{order.AmazonOrderId}", order.Items,
                    TrackingNumberOf(order.Plan.Number), cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // A refusal, or the retry limit passed: this order stays unshipped and the check says so; the clerk
                // goes on with the next order.
                ShipFailures.Add($"{order.AmazonOrderId}: {exception.Message}");
            }
            finally
            {
                ShipRetries += (int)Math.Max(0, Retry.Repeated - repeatedBefore);
            }
        }
    }

    /// <summary>An operator cancels each placed <see cref="OrderKind.CanceledBySeller"/> order at Amazon, riding out outages.</summary>
    private async Task CancelAsync(CancellationToken cancellationToken)
    {
        await foreach (var order in _toCancel.Reader.ReadAllAsync(cancellationToken))
        {
            try
            {
                await client.CancelAtAmazonAsync(order.AmazonOrderId!, token => CancelRecordedAsync(order.AmazonOrderId!, token), cancellationToken);
                order.CancelRequestedAt = DateTimeOffset.UtcNow;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                CancelFailures.Add($"{order.AmazonOrderId}: {exception.Message}");
            }
        }
    }

    public System.Collections.Concurrent.ConcurrentBag<string> CancelFailures { get; } = [];

    /// <summary>Whether OrderImport recorded a seller cancel of the order (an earlier request landed).</summary>
    private async Task<bool> CancelRecordedAsync(string amazonOrderId, CancellationToken cancellationToken)
    {
        await using var connection = new Npgsql.NpgsqlConnection(settings.Database("fulfillment_order_import"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM order_import.mt_events WHERE stream_id = @id AND type = 'seller_cancellation_requested'", connection);
        command.Parameters.AddWithValue("id", amazonOrderId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    /// <summary>Ship requests sent again (approximate while requests run side by side: every repeat of the driver in the meantime).</summary>
    public int ShipRetries { get; private set; }

    public System.Collections.Concurrent.ConcurrentBag<string> ShipFailures { get; } = [];

    /// <summary>C2: the out-of-stock SKU comes back once every order that needs it is blocked (or after a minute).</summary>
    private async Task RestockWhenBlockedAsync(IReadOnlyList<OrderProgress> orders, Action<string> report, CancellationToken cancellationToken)
    {
        var blocked = orders.Where(order => order.Plan.Kind == OrderKind.BlockedThenRestocked).ToList();
        var deadline = Stopwatch.StartNew();
        while (blocked.Any(order => order.BlockedAt is null) && deadline.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(250, cancellationToken);
        }

        await client.SaveProductAsync(Workflow.OrderPlan.RestockedSku, StockPerSku, cancellationToken);
        RestockedAt = DateTimeOffset.UtcNow;
        report($"{Workflow.OrderPlan.RestockedSku} restocked ({blocked.Count(order => order.BlockedAt is not null)} of {blocked.Count} orders seen blocked)");
    }

    private async Task FollowAsync(IReadOnlyList<OrderProgress> orders, Action<string> report, Task keepFollowing, CancellationToken cancellationToken)
    {
        var lastDone = -1;
        var lastMove = Stopwatch.StartNew();
        var lastReport = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await tracker.ReadAsync(cancellationToken);
            }
            catch (Exception exception) when (Retry.IsTransient(exception, cancellationToken))
            {
                // PostgreSQL restarting or away: what was not read now is read on a later round.
                FailedReads++;
            }

            var done = orders.Count(order => order.DoneAt is not null);
            if (done != lastDone)
            {
                lastDone = done;
                lastMove.Restart();
            }

            if (lastReport.Elapsed > TimeSpan.FromSeconds(10))
            {
                report($"{done} of {orders.Count} orders done, {orders.Count(order => order.PlacedAt is not null)} Commerce orders placed");
                lastReport.Restart();
            }

            if (done == orders.Count && keepFollowing.IsCompleted)
            {
                return;
            }

            var sinceDisturbance = DateTimeOffset.UtcNow - new DateTimeOffset(Interlocked.Read(ref _lastDisturbanceTicks), TimeSpan.Zero);
            if (lastMove.Elapsed > StallLimit && sinceDisturbance > StallLimit && keepFollowing.IsCompleted)
            {
                report($"no order moved for {StallLimit.TotalSeconds:0} s: {orders.Count - done} orders did not finish");
                return;
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>A UPS-shaped number ("1Z" and 16 letters or digits), one per order.</summary>
    private static string TrackingNumberOf(int orderNumber) => $"1ZBENCH{orderNumber:D11}";
}
