using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Workers;
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
    WorkerHealth health,
    IOptions<ConfirmationOptions> options,
    ILogger<ConfirmationWorker> logger) : ResilientWorker(health, logger)
{
    public const string LockName = "tracking-sync:confirmations";

    protected override Task RunRoundAsync(CancellationToken stoppingToken) =>
        advisoryLock.TryRunExclusiveAsync(LockName, sender.SendDueAsync, stoppingToken);

    protected override Task WaitForNextRoundAsync(CancellationToken stoppingToken) =>
        signal.WaitAsync(options.Value.Interval, stoppingToken);
}
