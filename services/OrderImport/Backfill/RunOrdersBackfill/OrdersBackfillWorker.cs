using System.Security.Cryptography;
using System.Text;
using Fulfillment.OrderImport.Backfill.GetOrdersBackfills;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

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
    OrdersBackfillSignal signal,
    NpgsqlDataSource dataSource,
    IOptions<OrdersBackfillOptions> options,
    ILogger<OrdersBackfillWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOpenBackfillsAsync(stoppingToken);
            await signal.WaitAsync(options.Value.Interval, stoppingToken);
        }
    }

    private async Task RunOpenBackfillsAsync(CancellationToken cancellationToken)
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
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The backfill stays open: the next look runs it again.
                logger.LogError(exception, "Backfill {BackfillId} of store {StoreId} stopped; it runs again in {Interval}",
                    backfill.Id, backfill.StoreId, options.Value.Interval);
            }
        }
    }

    private async Task RunWithLockAsync(OrdersBackfill backfill, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var key = LockKey(backfill.Id);
        await using (var tryLock = new NpgsqlCommand("select pg_try_advisory_lock($1)", connection))
        {
            tryLock.Parameters.AddWithValue(key);
            if (await tryLock.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return;
            }
        }

        try
        {
            await run.RunAsync(backfill.StoreId, backfill.Id, cancellationToken);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("select pg_advisory_unlock($1)", connection);
            unlock.Parameters.AddWithValue(key);
            await unlock.ExecuteScalarAsync(CancellationToken.None);
        }
    }

    private static long LockKey(Guid backfillId) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"orders-backfill:{backfillId}")), 0);
}
