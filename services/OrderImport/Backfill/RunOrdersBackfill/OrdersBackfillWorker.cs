using Fulfillment.OrderImport.Backfill.GetOrdersBackfills;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Workers;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.OrderImport.Backfill.RunOrdersBackfill;

/// <summary>
/// Runs open backfills one after the other, oldest first, in the background: a range of weeks can hold thousands
/// of orders, and at Amazon's rates (getOrderItems 0.5/s) that takes far longer than an HTTP request may. With
/// several OrderImport replicas, a PostgreSQL advisory lock per backfill lets exactly one of them run it; an open
/// backfill left by a restart runs again from its start, which imports nothing twice.
/// </summary>
public sealed class OrdersBackfillWorker(
    IDocumentStore documentStore,
    OrdersBackfillRun run,
    WakeUpSignal<OrdersBackfillWorker> signal,
    AdvisoryLock advisoryLock,
    WorkerHealth health,
    IOptions<OrdersBackfillOptions> options,
    ILogger<OrdersBackfillWorker> logger) : ResilientWorker(health, logger)
{
    protected override Task WaitForNextRoundAsync(CancellationToken stoppingToken) =>
        signal.WaitAsync(options.Value.Interval, stoppingToken);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OrdersBackfill> open;
        await using (var query = documentStore.QuerySession())
        {
            open = await query.Query<OrdersBackfill>()
                .Where(backfill => backfill.Status == OrdersBackfillStatus.Requested || backfill.Status == OrdersBackfillStatus.Running)
                .OrderBy(backfill => backfill.RequestedAt)
                .ToListAsync(cancellationToken);
        }

        foreach (var backfill in open)
        {
            try
            {
                await RunWithLockAsync(backfill, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The backfill stays open: the next look runs it again.
                logger.LogError(exception, "Backfill {BackfillId} of store {StoreId} stopped; it runs again in {Interval}",
                    backfill.Id, backfill.StoreId, options.Value.Interval);
            }
        }
    }

    private Task RunWithLockAsync(OrdersBackfill backfill, CancellationToken cancellationToken) =>
        advisoryLock.TryRunExclusiveAsync(
            $"orders-backfill:{backfill.Id}", token => run.RunAsync(backfill.StoreId, backfill.Id, token), cancellationToken);
}
