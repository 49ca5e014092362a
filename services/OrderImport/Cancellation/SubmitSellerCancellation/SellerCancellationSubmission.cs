using System.Diagnostics;
using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Polling;
using Fulfillment.OrderImport.SpApi;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Telemetry;
using Fulfillment.SpApiClient;
using Fulfillment.SpApiClient.Feeds;
using JasperFx;
using Marten;

namespace Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;

/// <summary>
/// Takes one seller cancel a step further through Amazon's Feeds API: uploads the order acknowledgement document,
/// records the attempt (before Amazon can act on it), creates the feed and records its id, then reads the feed until
/// Amazon processed it and records Amazon's verdict. An attempt found recorded without its feed id (a crash, or an
/// answer lost after Amazon acted) is first looked up at Amazon (<see cref="SellerCancellationRecovery"/>), so a
/// cancel is never sent twice for a lost answer. Nothing leaves while the store is Inactive (S7) or in Read-Only Mode
/// (S8): the cancel waits, recorded, until that changes.
/// </summary>
public sealed class SellerCancellationSubmission(
    IDocumentStore documentStore, AmazonFeeds feeds, IAmazonOrderReader orders, TimeProvider clock,
    ILogger<SellerCancellationSubmission> logger)
{
    private const int WriteAttempts = 3;

    /// <summary>How far Amazon's clock may be behind ours when its feeds are listed since an attempt began.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public async Task RunAsync(SellerCancellation cancellation, CancellationToken cancellationToken)
    {
        AmazonStore? store;
        AmazonOrder? order;
        await using (var query = documentStore.QuerySession())
        {
            store = await query.LoadAsync<AmazonStore>(cancellation.StoreId, cancellationToken);
            order = await query.Events.AggregateStreamAsync<AmazonOrder>(cancellation.AmazonOrderId, token: cancellationToken);
        }

        if (store is null || order?.SellerCancellation is not { IsOpen: true } progress || progress.CancellationId != cancellation.Id)
        {
            return;
        }

        if (!store.IsActive || store.Settings.ReadOnlyMode)
        {
            logger.LogInformation("Cancel of order {AmazonOrderId} held: store {StoreId} is {Why}", order.Id, store.Id,
                store.IsActive ? "in Read-Only Mode" : "Inactive");
            return;
        }

        // The worker picks the cancel up from the database: continue the order's trace.
        ActivityContext? orderTrace;
        await using (var query = documentStore.QuerySession())
        {
            orderTrace = await OrderSpan.TraceOfStreamAsync(query, order.Id, cancellationToken);
        }

        using var span = OrderSpan.Start("submit seller cancellation", orderTrace, order.Id, order.Commerce.Number);
        var access = StoreOrderPoll.AccessOf(store);
        try
        {
            var feedId = progress.FeedId;
            if (feedId is null && progress.HasOpenAttempt
                && !await MaySubmitAgainAsync(access, order.Id, progress, cancellationToken))
            {
                return;
            }

            feedId ??= await SubmitAsync(store, access, order, progress, cancellationToken);
            if (feedId is not null)
            {
                await FollowAsync(access, order.Id, progress.CancellationId, feedId, cancellationToken);
            }
        }
        catch (SpApiRequestRejectedException rejected)
        {
            logger.LogWarning("Amazon refused the cancel of order {AmazonOrderId}: {Code}", order.Id, rejected.Code);
            await RecordAsync(order.Id, current => SellerCancellationDecider.Decide(
                current, new RecordCancellationRejected(progress.CancellationId, rejected.AmazonMessage, clock.GetUtcNow())), cancellationToken);
        }
    }

    /// <summary>
    /// The last attempt began but its feed id was never recorded: Amazon may have the feed. Reads Amazon's order and
    /// its feeds of the type since the attempt began, and sends again only when none of it can be the attempt's.
    /// </summary>
    private async Task<bool> MaySubmitAgainAsync(
        AmazonStoreAccess access, string amazonOrderId, SellerCancellationProgress progress, CancellationToken cancellationToken)
    {
        var atAmazon = await orders.GetOrderAsync(access, amazonOrderId, cancellationToken);
        var since = progress.AttemptStartedAt!.Value - ClockSkew;
        var listed = await feeds.GetFeedsAsync(access, OrderAcknowledgementFeed.FeedType, since, cancellationToken);
        var recovery = SellerCancellationRecovery.Decide(
            atAmazon.Status,
            [.. listed.Where(feed => feed.FeedId is not null)
                .Select(feed => new FeedAtAmazon(feed.FeedId!, feed.ProcessingStatus, AmazonFeeds.IsFinished(feed.ProcessingStatus)))]);
        logger.LogInformation("Cancel of order {AmazonOrderId}: attempt {Attempt} has no recorded feed; Amazon's view: {Recovery}",
            amazonOrderId, progress.SubmissionAttempts, recovery.GetType().Name);
        switch (recovery)
        {
            case SellerCancellationRecovery.CanceledAtAmazon:
                await RecordAsync(amazonOrderId, current => SellerCancellationDecider.Decide(
                    current, new RecordCancellationSeenAtAmazon(progress.CancellationId, clock.GetUtcNow())), cancellationToken);
                return false;
            case SellerCancellationRecovery.WaitForAmazon:
                return false;
            default:
                return true;
        }
    }

    /// <returns>The feed id, or null when the attempt could not be recorded (the cancel moved on meanwhile).</returns>
    private async Task<string?> SubmitAsync(
        AmazonStore store, AmazonStoreAccess access, AmazonOrder order, SellerCancellationProgress progress, CancellationToken cancellationToken)
    {
        var document = OrderAcknowledgementFeed.Cancel(
            store.SellerId, order.Id, order.Items.Select(item => item.OrderItemId), progress.ReasonCode);
        var documentId = await feeds.UploadDocumentAsync(access, OrderAcknowledgementFeed.ContentType, document, cancellationToken);

        // Recorded before createFeed: a crash or a lost answer from here on leaves an attempt without a feed id, which
        // the next look checks at Amazon before sending anything again.
        var started = await RecordAsync(order.Id, current => SellerCancellationDecider.Decide(
            current, new RecordCancellationSubmissionStarted(progress.CancellationId, documentId, clock.GetUtcNow())), cancellationToken);
        if (started == 0)
        {
            return null;
        }

        var feedId = await feeds.CreateFeedAsync(access, OrderAcknowledgementFeed.FeedType, documentId, cancellationToken);
        await RecordAsync(order.Id, current => SellerCancellationDecider.Decide(
            current, new RecordCancellationSubmitted(progress.CancellationId, feedId, clock.GetUtcNow(), store.SettingsVersion)), cancellationToken);
        logger.LogInformation("Cancel of order {AmazonOrderId} sent to Amazon as feed {FeedId}", order.Id, feedId);
        return feedId;
    }

    /// <summary>Amazon takes minutes to process a feed: an unfinished one is read again at the worker's next look.</summary>
    private async Task FollowAsync(
        AmazonStoreAccess access, string amazonOrderId, Guid cancellationId, string feedId, CancellationToken cancellationToken)
    {
        var feed = await feeds.GetFeedAsync(access, feedId, cancellationToken);
        if (!AmazonFeeds.IsFinished(feed.ProcessingStatus))
        {
            return;
        }

        var errors = feed is { ProcessingStatus: AmazonFeeds.Done, ResultFeedDocumentId: { } reportId }
            ? FeedProcessingReport.Read(await feeds.DownloadDocumentAsync(access, reportId, cancellationToken)).Errors
            : [$"Amazon ended feed {feedId} with status {feed.ProcessingStatus} and no processing report."];
        var now = clock.GetUtcNow();
        await RecordAsync(amazonOrderId, current => errors.Count == 0
            ? SellerCancellationDecider.Decide(current, new RecordCancellationConfirmed(cancellationId, now))
            : SellerCancellationDecider.Decide(current, new RecordCancellationRejected(cancellationId, string.Join(" ", errors), now)),
            cancellationToken);
    }

    /// <summary>The poller may write the same order's stream at the same moment; the loser reads again and decides anew.</summary>
    /// <returns>How many events were recorded.</returns>
    private async Task<int> RecordAsync(
        string amazonOrderId, Func<AmazonOrder, IReadOnlyList<object>> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = documentStore.LightweightSession();
                TraceContextHeaders.Stamp(session, Activity.Current);
                var stream = await session.Events.FetchForWriting<AmazonOrder>(amazonOrderId, cancellationToken);
                if (stream.Aggregate is not { } order)
                {
                    return 0;
                }

                var events = decide(order);
                stream.AppendMany(events);
                await session.SaveChangesAsync(cancellationToken);
                return events.Count;
            }
            catch (ConcurrencyException) when (attempt < WriteAttempts)
            {
            }
        }
    }
}
