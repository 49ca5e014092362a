using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Workers;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;

/// <summary>
/// Sends open seller cancels to Amazon and follows them until Amazon answered, oldest first, in the background: the
/// HTTP request only records the operator's decision, so a crash loses nothing (an open cancel is found again at the
/// next look). With several OrderImport replicas, a PostgreSQL advisory lock per cancel lets one of them send it.
/// </summary>
public sealed class SellerCancellationWorker(
    IDocumentStore documentStore,
    SellerCancellationSubmission submission,
    WakeUpSignal<SellerCancellationWorker> signal,
    AdvisoryLock advisoryLock,
    WorkerHealth health,
    IOptions<SellerCancellationOptions> options,
    ILogger<SellerCancellationWorker> logger) : ResilientWorker(health, logger)
{
    protected override Task WaitForNextRoundAsync(CancellationToken stoppingToken) =>
        signal.WaitAsync(options.Value.Interval, stoppingToken);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<SellerCancellation> open;
        await using (var query = documentStore.QuerySession())
        {
            open = await query.Query<SellerCancellation>()
                .Where(cancellation => cancellation.Status == SellerCancellationStatus.Requested
                    || cancellation.Status == SellerCancellationStatus.Submitted)
                .OrderBy(cancellation => cancellation.RequestedAt)
                .ToListAsync(cancellationToken);
        }

        foreach (var cancellation in open)
        {
            try
            {
                await advisoryLock.TryRunExclusiveAsync(
                    $"seller-cancellation:{cancellation.Id}", token => submission.RunAsync(cancellation, token), cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The cancel stays open: the next look tries again.
                logger.LogError(exception, "Cancel of order {AmazonOrderId} not sent yet; trying again in {Interval}",
                    cancellation.AmazonOrderId, options.Value.Interval);
            }
        }
    }
}
