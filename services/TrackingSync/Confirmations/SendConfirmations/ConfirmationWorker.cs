using Fulfillment.ServiceDefaults.EventStore;
using Microsoft.Extensions.Options;

namespace Fulfillment.TrackingSync.Confirmations.SendConfirmations;

/// <summary>
/// Runs the sender in rounds. With several TrackingSync replicas, a PostgreSQL advisory lock lets one of them send
/// at a time, so no two replicas confirm the same package at once.
/// </summary>
public sealed class ConfirmationWorker(
    ConfirmationSender sender,
    ConfirmationSignal signal,
    AdvisoryLock advisoryLock,
    IOptions<ConfirmationOptions> options,
    ILogger<ConfirmationWorker> logger) : BackgroundService
{
    public const string LockName = "tracking-sync:confirmations";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await advisoryLock.TryRunExclusiveAsync(LockName, sender.SendDueAsync, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "A round of shipment confirmations failed; the next starts in {Interval}",
                    options.Value.Interval);
            }

            await signal.WaitAsync(options.Value.Interval, stoppingToken);
        }
    }
}
