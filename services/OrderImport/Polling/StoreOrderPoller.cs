using Fulfillment.OrderImport.SpApi;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Workers;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.OrderImport.Polling;

/// <summary>
/// Polls every active store (S7: an inactive store is never called) at the configured interval. With several
/// OrderImport replicas, a PostgreSQL advisory lock per store lets exactly one of them poll it at a time. A store whose
/// poll fails is shown on <c>/health</c> until one succeeds; a round that cannot even read the stores (PostgreSQL down)
/// is tried again after a growing pause.
/// </summary>
public sealed class StoreOrderPoller(
    IDocumentStore documentStore,
    StoreOrderPoll poll,
    AdvisoryLock advisoryLock,
    WorkerHealth health,
    IOptions<OrderPollingOptions> options,
    ILogger<StoreOrderPoller> logger) : ResilientWorker(health, logger)
{
    protected override Task RunRoundAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            Finish();
            return Task.CompletedTask;
        }

        return PollActiveStoresAsync(stoppingToken);
    }

    protected override Task WaitForNextRoundAsync(CancellationToken stoppingToken) =>
        Task.Delay(options.Value.Interval, stoppingToken);

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
                Health?.Recovered(PartOf(store));
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                Health?.Failing(PartOf(store), exception);
                // The watermark did not move: the next poll reads the same window again.
                logger.LogError(exception, "Polling store {StoreId} failed; it is polled again in {Interval}",
                    store.Id, options.Value.Interval);
            }
        }
    }

    private static string PartOf(AmazonStore store) => $"order poll of store {store.Id}";

    private Task PollWithLockAsync(AmazonStore store, CancellationToken cancellationToken) =>
        advisoryLock.TryRunExclusiveAsync($"order-poll:{store.Id}", token => poll.PollAsync(store, token), cancellationToken);
}
