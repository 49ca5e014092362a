using System.Diagnostics;
using Fulfillment.OrderImport.SpApi;
using Fulfillment.ServiceDefaults.Telemetry;
using Fulfillment.OrderImport.Stores;
using Fulfillment.SpApiClient;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.OrderImport.Polling;

/// <summary>
/// One poll of one store: the window from its watermark to Amazon's "now minus two minutes", every page, never
/// starting later than Amazon accepts (see <see cref="PollWindowDecision"/>).
/// </summary>
public sealed class StoreOrderPoll(
    IDocumentStore documentStore,
    IAmazonOrderReader reader,
    AmazonOrderImporter importer,
    ListingsSeen listingsSeen,
    AmazonClock amazonClock,
    IOptions<OrderPollingOptions> options,
    TimeProvider clock,
    ILogger<StoreOrderPoll> logger)
{
    private static readonly ActivitySource Source = new(FulfillmentTelemetry.SourceName);

    public static AmazonStoreAccess AccessOf(AmazonStore store) =>
        new(store.SellerId, store.MarketplaceId, store.SpApiEndpoint, store.CredentialsName, store.Id);

    /// <summary>
    /// Reads every order Amazon changed since the watermark (minus the overlap), imports each, then moves the
    /// watermark to the end of the window Amazon answered for. If Amazon stays unavailable the watermark stays,
    /// so the next poll reads the same window again.
    /// </summary>
    public async Task<PollSummary> PollAsync(AmazonStore store, CancellationToken cancellationToken)
    {
        // The root of one poll; each order it imports continues that order's own trace, linked to this one.
        Activity.Current = null;
        using var activity = Source.StartActivity("poll amazon store");
        activity?.SetTag("fulfillment.store_id", store.Id);
        await using var query = documentStore.QuerySession();
        var watermark = await query.LoadAsync<OrderPollWatermark>(store.Id, cancellationToken);
        var resumeAt = watermark?.LastUpdatedAfter ?? store.ConnectedAt;
        var window = DecideWindow(store, resumeAt);
        PollSummary summary;
        try
        {
            await NoteClampAsync(store, window, cancellationToken);
            summary = await ImportWindowAsync(store, window.From, backfill: false, cancellationToken);
        }
        catch (SpApiRequestRejectedException refused) when (refused.StatusCode == 400
            && DecideWindow(store, resumeAt).From < window.From)
        {
            // Before Amazon's first answer its clock was unknown; the refusal's Date told it.
            window = DecideWindow(store, resumeAt);
            await NoteClampAsync(store, window, cancellationToken);
            summary = await ImportWindowAsync(store, window.From, backfill: false, cancellationToken);
        }

        await using var session = documentStore.LightweightSession();
        session.Store(new OrderPollWatermark(store.Id, summary.WindowEnd, clock.GetUtcNow()));
        await session.SaveChangesAsync(cancellationToken);

        var retried = await RetryProblemsAsync(store, cancellationToken);
        return summary with { Retried = retried };
    }

    private PollWindow DecideWindow(AmazonStore store, DateTimeOffset resumeAt) => PollWindowDecision.Decide(
        store.Id, resumeAt, options.Value.Overlap, amazonClock.Now(store.SpApiEndpoint), clock.GetUtcNow());

    /// <summary>
    /// A log line on every clamped poll, and an event in the store's history the first time for a watermark. The note
    /// must not stop the poll: a settings change written at the same moment wins, and the next poll notes it.
    /// </summary>
    private async Task NoteClampAsync(AmazonStore store, PollWindow window, CancellationToken cancellationToken)
    {
        if (window.Clamped is not { } clamped)
        {
            return;
        }

        logger.LogWarning(
            "Store {StoreId}: the polling watermark {Watermark:o} is ahead of Amazon's clock ({AmazonNow:o}); reading from {From:o}, the latest start Amazon accepts",
            store.Id, clamped.Watermark, clamped.AmazonNow, clamped.From);
        try
        {
            await using var session = documentStore.LightweightSession();
            var stream = await session.Events.FetchForWriting<AmazonStore>(store.Id, cancellationToken);
            if (stream.Aggregate is { } current && PollWindowDecision.IsNews(clamped, current.LastPollingWindowClamp))
            {
                stream.AppendOne(clamped);
                await session.SaveChangesAsync(cancellationToken);
            }
        }
        catch (JasperFx.ConcurrencyException)
        {
            logger.LogInformation("Store {StoreId} changed while its clamped window was noted; the next poll notes it", store.Id);
        }
    }

    /// <summary>Every order changed from <paramref name="from"/> up to Amazon's window end.</summary>
    public async Task<PollSummary> ImportWindowAsync(
        AmazonStore store, DateTimeOffset from, bool backfill, CancellationToken cancellationToken)
    {
        var access = AccessOf(store);
        var outcomes = new ImportOutcomeCounts();
        DateTimeOffset? windowEnd = null;
        string? nextToken = null;
        do
        {
            var page = await reader.ListUpdatedOrdersAsync(access, from, nextToken, cancellationToken);
            windowEnd ??= page.LastUpdatedBefore;
            store = await AsNowAsync(store, cancellationToken);
            await ImportPageAsync(store, access, page.Orders, backfill, outcomes, cancellationToken);
            nextToken = page.NextToken;
        }
        while (nextToken is not null);

        logger.LogInformation(
            "Polled store {StoreId} from {From:o} to {WindowEnd:o}: {Outcomes}",
            store.Id, from, windowEnd, outcomes.ToString());
        return new PollSummary(from, windowEnd!.Value, outcomes.ToDictionary(), 0);
    }

    /// <summary>
    /// Imports the orders of one page, several at a time (each order is its own stream). Listings of the same order
    /// stay one after the other. When any order fails in a way that is not recorded as an import problem, the
    /// exception ends the poll (imports under way are cancelled, each in its own transaction), so the watermark does
    /// not move and the next poll reads the window again (an order imported twice changes nothing).
    /// </summary>
    private async Task ImportPageAsync(
        AmazonStore store, AmazonStoreAccess access, IReadOnlyList<AmazonOrderListing> listings, bool backfill,
        ImportOutcomeCounts outcomes, CancellationToken cancellationToken)
    {
        var ordersOfPage = listings.GroupBy(listing => listing.AmazonOrderId, StringComparer.Ordinal);
        var parallelism = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Value.ImportConcurrency),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(ordersOfPage, parallelism, async (listingsOfOrder, token) =>
        {
            foreach (var listing in listingsOfOrder)
            {
                outcomes.Add(backfill
                    ? await importer.ImportAsync(store, access, listing, backfill, token)
                    : await ImportUnlessSeenAsync(store, access, listing, token));
            }
        });
    }

    /// <summary>
    /// The store's settings as they are after Amazon answered: an order listed in the answer and placed after a settings
    /// change was listed after that change was committed, so it is imported with the new settings, never the ones the
    /// poll began with.
    /// </summary>
    private async Task<AmazonStore> AsNowAsync(AmazonStore store, CancellationToken cancellationToken)
    {
        await using var query = documentStore.QuerySession();
        return await query.LoadAsync<AmazonStore>(store.Id, cancellationToken) ?? store;
    }

    private async Task<int> RetryProblemsAsync(AmazonStore store, CancellationToken cancellationToken)
    {
        await using var query = documentStore.QuerySession();
        var problems = await query.Query<OrderImportProblem>()
            .Where(problem => problem.StoreId == store.Id)
            .ToListAsync(cancellationToken);
        var access = AccessOf(store);
        foreach (var problem in problems)
        {
            AmazonOrderListing listing;
            try
            {
                listing = await reader.GetOrderAsync(access, problem.Id, cancellationToken);
            }
            catch (Exception exception) when (exception is SpApiRequestRejectedException or AmazonAnswerUnusableException)
            {
                listing = new AmazonOrderListing(problem.Id, null, null, null, null, null, null, exception.Message);
            }

            listingsSeen.Imported(
                listing, store.SettingsVersion, await importer.ImportAsync(store, access, listing, backfill: false, cancellationToken));
        }

        return problems.Count;
    }

    /// <summary>A listing imported already, as it is now, is passed by as unchanged (see <see cref="ListingsSeen"/>).</summary>
    private async Task<ImportOutcome> ImportUnlessSeenAsync(
        AmazonStore store, AmazonStoreAccess access, AmazonOrderListing listing, CancellationToken cancellationToken)
    {
        if (listingsSeen.AlreadyImported(listing, store.SettingsVersion))
        {
            return ImportOutcome.Unchanged;
        }

        var outcome = await importer.ImportAsync(store, access, listing, backfill: false, cancellationToken);
        listingsSeen.Imported(listing, store.SettingsVersion, outcome);
        return outcome;
    }
}

public sealed record PollSummary(
    DateTimeOffset From, DateTimeOffset WindowEnd, IReadOnlyDictionary<ImportOutcome, int> Outcomes, int Retried);
