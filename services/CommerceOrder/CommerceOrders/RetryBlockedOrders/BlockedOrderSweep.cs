using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Workers;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.CommerceOrder.CommerceOrders.RetryBlockedOrders;

/// <summary>
/// C2's "next sync": every <see cref="BlockedOrderSweepOptions.Interval"/>, each blocked order runs the gate again.
/// It catches what no catalog event announces (a website added to the configuration) and a product change that
/// raced with the block. One replica sweeps at a time.
/// </summary>
public sealed class BlockedOrderSweep(
    BlockedOrderRetry retry, IServiceScopeFactory scopes, AdvisoryLock advisoryLock, WorkerHealth health,
    IOptions<BlockedOrderSweepOptions> options, ILogger<BlockedOrderSweep> logger) : ResilientWorker(health, logger)
{
    private bool _waitedFirstInterval;

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        // The first sweep comes one interval after the start, as every later one: a start is no reason to sweep.
        if (!_waitedFirstInterval)
        {
            await Task.Delay(options.Value.Interval, stoppingToken);
            _waitedFirstInterval = true;
        }

        await advisoryLock.TryRunExclusiveAsync(nameof(BlockedOrderSweep), SweepAsync, stoppingToken);
    }

    protected override Task WaitForNextRoundAsync(CancellationToken stoppingToken) =>
        Task.Delay(options.Value.Interval, stoppingToken);

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IQuerySession>();
        foreach (var amazonOrderId in await retry.AllBlockedAsync(session, cancellationToken))
        {
            await retry.RetryAsync(amazonOrderId, causationId: null, cancellationToken);
        }
    }
}

public sealed class BlockedOrderSweepOptions
{
    public const string SectionName = "Commerce:BlockedOrderSweep";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
