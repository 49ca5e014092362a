using Fulfillment.OrderImport.Polling;
using Fulfillment.OrderImport.SpApi;
using Fulfillment.OrderImport.Stores;
using Fulfillment.SpApiClient;
using JasperFx;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.OrderImport.Backfill.RunOrdersBackfill;

/// <summary>
/// Runs one backfill: lists every order Amazon changed since the range's start and imports those placed within
/// the range through polling's importer, with S9's cut-off lifted; records its start and outcome on the store's
/// stream. The reader port lists by <c>LastUpdatedAfter</c> only (no purchase-date bound), so the range is applied
/// here: every order placed in the range changed at or after its start, so none is missed.
/// </summary>
public sealed class OrdersBackfillRun(
    IDocumentStore documentStore,
    IAmazonOrderReader reader,
    AmazonOrderImporter importer,
    IOptions<OrdersBackfillOptions> options,
    TimeProvider clock,
    ILogger<OrdersBackfillRun> logger)
{
    private const int WriteAttempts = 3;

    public async Task RunAsync(string storeId, Guid backfillId, CancellationToken cancellationToken)
    {
        var store = await LoadStoreAsync(storeId, cancellationToken);
        if (store?.OpenBackfills.FirstOrDefault(open => open.BackfillId == backfillId) is not { } backfill)
        {
            return;
        }

        var tally = new OrdersBackfillTally();
        if (!store.IsActive)
        {
            await FailAsync(storeId, backfillId, StoreInactive, tally, cancellationToken);
            return;
        }

        await RecordAsync(storeId, current => OrdersBackfillDecider.Decide(
            current, new StartOrdersBackfill(backfillId, clock.GetUtcNow())), cancellationToken);
        try
        {
            var listedAfter = backfill.From;
            while (true)
            {
                var listedUntil = await ImportListedOrdersAsync(storeId, backfill, listedAfter, tally, cancellationToken);
                if (listedUntil >= backfill.To)
                {
                    await RecordAsync(storeId, current => OrdersBackfillDecider.Decide(
                        current, new CompleteOrdersBackfill(backfillId, tally.Counts, listedUntil, clock.GetUtcNow())),
                        cancellationToken);
                    logger.LogInformation("Backfill {BackfillId} of store {StoreId} completed: {Counts}",
                        backfillId, storeId, tally.Counts);
                    return;
                }

                // The range ends less than two minutes before Amazon's now: what changed since is not listed yet.
                await Task.Delay(options.Value.ListingWait, clock, cancellationToken);
                listedAfter = listedUntil;
            }
        }
        catch (Exception exception) when (exception is StoreSetInactiveException or SpApiRequestRejectedException
            or SpApiUnavailableException or LwaAuthorizationException or AmazonAnswerUnusableException)
        {
            await FailAsync(storeId, backfillId, exception.Message, tally, cancellationToken);
        }
    }

    /// <returns>The end of the window Amazon answered for.</returns>
    private async Task<DateTimeOffset> ImportListedOrdersAsync(
        string storeId, OpenOrdersBackfill backfill, DateTimeOffset listedAfter, OrdersBackfillTally tally,
        CancellationToken cancellationToken)
    {
        DateTimeOffset? windowEnd = null;
        string? nextToken = null;
        do
        {
            // Read before every page: settings may change, and an Inactive store stops calling Amazon at once (S7).
            var store = await ActiveStoreAsync(storeId, cancellationToken);
            var access = StoreOrderPoll.AccessOf(store);
            var page = await reader.ListUpdatedOrdersAsync(access, listedAfter, nextToken, cancellationToken);
            windowEnd ??= page.LastUpdatedBefore;
            foreach (var listing in page.Orders.Where(listing => MayBeInRange(listing, backfill)))
            {
                var outcome = await WithWriteRetriesAsync(
                    () => importer.ImportAsync(store, access, listing, backfill: true, cancellationToken));
                tally.Count(listing.AmazonOrderId, outcome);
            }

            nextToken = page.NextToken;
        }
        while (nextToken is not null);

        return windowEnd.Value;
    }

    /// <summary>
    /// An order whose purchase date Amazon sent unreadably is imported too: the importer records it as a problem
    /// that operators see, rather than the backfill passing over it without a word.
    /// </summary>
    private static bool MayBeInRange(AmazonOrderListing listing, OpenOrdersBackfill backfill) =>
        listing.PurchaseDate is not { } purchased || (purchased >= backfill.From && purchased <= backfill.To);

    private async Task FailAsync(
        string storeId, Guid backfillId, string reason, OrdersBackfillTally tally, CancellationToken cancellationToken)
    {
        logger.LogWarning("Backfill {BackfillId} of store {StoreId} failed: {Reason}", backfillId, storeId, reason);
        await RecordAsync(storeId, current => OrdersBackfillDecider.Decide(
            current, new FailOrdersBackfill(backfillId, reason, tally.Counts, clock.GetUtcNow())), cancellationToken);
    }

    private async Task RecordAsync(
        string storeId, Func<AmazonStore, IReadOnlyList<object>> decide, CancellationToken cancellationToken) =>
        await WithWriteRetriesAsync(async () =>
        {
            await using var session = documentStore.LightweightSession();
            var stream = await session.Events.FetchForWriting<AmazonStore>(storeId, cancellationToken);
            if (stream.Aggregate is { } store)
            {
                stream.AppendMany(decide(store));
                await session.SaveChangesAsync(cancellationToken);
            }

            return true;
        });

    /// <summary>
    /// Polling may write the same order's stream (or a settings change the store's) at the same moment; the
    /// loser reads the stream again and decides anew, which then usually finds nothing left to record.
    /// </summary>
    private static async Task<T> WithWriteRetriesAsync<T>(Func<Task<T>> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Exception exception) when (attempt < WriteAttempts
                && exception is ConcurrencyException
                    or JasperFx.Events.ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException)
            {
            }
        }
    }

    private async Task<AmazonStore?> LoadStoreAsync(string storeId, CancellationToken cancellationToken)
    {
        await using var query = documentStore.QuerySession();
        return await query.LoadAsync<AmazonStore>(storeId, cancellationToken);
    }

    private async Task<AmazonStore> ActiveStoreAsync(string storeId, CancellationToken cancellationToken) =>
        await LoadStoreAsync(storeId, cancellationToken) is { IsActive: true } store
            ? store
            : throw new StoreSetInactiveException();

    private const string StoreInactive = "The store is Inactive: it makes no call to Amazon (S7).";

    private sealed class StoreSetInactiveException() : Exception(StoreInactive);
}
