using Fulfillment.OrderImport.SpApi;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults.EventStore;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.OrderImport.Polling;

/// <summary>
/// Polls every active store (S7: an inactive store is never called) at the configured interval. With several
/// OrderImport replicas, a PostgreSQL advisory lock per store lets exactly one of them poll it at a time.
/// </summary>
public sealed class StoreOrderPoller(
    IDocumentStore documentStore,
    StoreOrderPoll poll,
    AdvisoryLock advisoryLock,
    IOptions<OrderPollingOptions> options,
    ILogger<StoreOrderPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await PollActiveStoresAsync(stoppingToken);
            await Task.Delay(options.Value.Interval, stoppingToken);
        }
    }

    public async Task PollActiveStoresAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<AmazonStore> stores;
        await using (var query = documentStore.QuerySession())
        {
            stores = await query.Query<AmazonStore>()
                .Where(store => store.Settings.State == StoreState.Active)
                .ToListAsync(cancellationToken);
        }

        foreach (var store in stores)
        {
            try
            {
                await PollWithLockAsync(store, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The watermark did not move: the next poll reads the same window again.
                logger.LogError(exception, "Polling store {StoreId} failed; it is polled again in {Interval}",
                    store.Id, options.Value.Interval);
            }
        }
    }

    private Task PollWithLockAsync(AmazonStore store, CancellationToken cancellationToken) =>
        advisoryLock.TryRunExclusiveAsync($"order-poll:{store.Id}", token => poll.PollAsync(store, token), cancellationToken);
}
