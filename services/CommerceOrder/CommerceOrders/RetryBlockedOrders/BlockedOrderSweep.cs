using Fulfillment.ServiceDefaults.EventStore;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.CommerceOrder.CommerceOrders.RetryBlockedOrders;

/// <summary>
/// C2's "next sync": every <see cref="BlockedOrderSweepOptions.Interval"/>, each blocked order runs the gate again.
/// It catches what no catalog event announces (a website added to the configuration) and a product change that
/// raced with the block. One replica sweeps at a time.
/// </summary>
public sealed class BlockedOrderSweep(
    BlockedOrderRetry retry, IServiceScopeFactory scopes, AdvisoryLock advisoryLock,
    IOptions<BlockedOrderSweepOptions> options, ILogger<BlockedOrderSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await advisoryLock.TryRunExclusiveAsync(nameof(BlockedOrderSweep), SweepAsync, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Retrying blocked orders failed; the next sweep tries again");
            }
        }
    }

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
