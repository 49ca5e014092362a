using System.Diagnostics;
using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Polling;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Telemetry;
using Fulfillment.SpApiClient;
using Fulfillment.SpApiClient.Feeds;
using JasperFx;
using Marten;

namespace Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;

/// <summary>
/// Takes one seller cancel a step further through Amazon's Feeds API: sends the order acknowledgement feed and
/// records its feed id, then reads the feed until Amazon processed it and records Amazon's verdict. Nothing leaves
/// while the store is Inactive (S7) or in Read-Only Mode (S8): the cancel waits, recorded, until that changes.
/// </summary>
public sealed class SellerCancellationSubmission(
    IDocumentStore documentStore, AmazonFeeds feeds, TimeProvider clock, ILogger<SellerCancellationSubmission> logger)
{
    private const int WriteAttempts = 3;

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
            var feedId = progress.FeedId ?? await SubmitAsync(store, access, order, progress, cancellationToken);
            await FollowAsync(access, order.Id, progress.CancellationId, feedId, cancellationToken);
        }
        catch (SpApiRequestRejectedException rejected)
        {
            logger.LogWarning("Amazon refused the cancel of order {AmazonOrderId}: {Code}", order.Id, rejected.Code);
            await RecordAsync(order.Id, current => SellerCancellationDecider.Decide(
                current, new RecordCancellationRejected(progress.CancellationId, rejected.AmazonMessage, clock.GetUtcNow())), cancellationToken);
        }
    }

    private async Task<string> SubmitAsync(
        AmazonStore store, AmazonStoreAccess access, AmazonOrder order, SellerCancellationProgress progress, CancellationToken cancellationToken)
    {
        var document = OrderAcknowledgementFeed.Cancel(
            store.SellerId, order.Id, order.Items.Select(item => item.OrderItemId), progress.ReasonCode);
        var documentId = await feeds.UploadDocumentAsync(access, OrderAcknowledgementFeed.ContentType, document, cancellationToken);
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
    private async Task RecordAsync(
        string amazonOrderId, Func<AmazonOrder, IReadOnlyList<object>> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = documentStore.LightweightSession();
                TraceContextHeaders.Stamp(session, Activity.Current);
                var stream = await session.Events.FetchForWriting<AmazonOrder>(amazonOrderId, cancellationToken);
                if (stream.Aggregate is { } order)
                {
                    stream.AppendMany(decide(order));
                    await session.SaveChangesAsync(cancellationToken);
                }

                return;
            }
            catch (ConcurrencyException) when (attempt < WriteAttempts)
            {
            }
        }
    }
}
