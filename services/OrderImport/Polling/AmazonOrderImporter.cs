using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;
using Fulfillment.OrderImport.SpApi;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Telemetry;
using Fulfillment.SpApiClient;
using JasperFx;
using Marten;

namespace Fulfillment.OrderImport.Polling;

public enum ImportOutcome
{
    Skipped,
    Unchanged,
    Recorded,
    Failed,
}

/// <summary>
/// Imports one order Amazon listed: reads what else the order needs from Amazon, decides, and records the result
/// in the order's stream in one transaction (with the buyer's personal data beside it, never inside it). A problem
/// with this order is recorded for operators and retried by the next poll; it never stops the other orders.
/// </summary>
public sealed class AmazonOrderImporter(
    IDocumentStore documentStore, IAmazonOrderReader reader, TimeProvider clock, ILogger<AmazonOrderImporter> logger)
{
    /// <summary>
    /// A consumer may append to the same order's stream while Amazon is being read (the Commerce order was placed,
    /// a shipment recorded). The import then reads the stream again and decides anew, with what Amazon answered a
    /// moment ago, instead of failing the whole poll.
    /// </summary>
    private const int AttemptsOnConflict = 4;

    public async Task<ImportOutcome> ImportAsync(
        AmazonStore store, AmazonStoreAccess access, AmazonOrderListing listing, bool backfill,
        CancellationToken cancellationToken)
    {
        if (listing.Problem is { } listingProblem)
        {
            await RecordProblemAsync(store, listing.AmazonOrderId, listingProblem, cancellationToken);
            return ImportOutcome.Failed;
        }

        var amazonAnswers = new AmazonOrderContentsReads(reader, access, listing.AmazonOrderId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ImportOnceAsync(store, listing, backfill, amazonAnswers, cancellationToken);
            }
            catch (AmazonOrderContentsUnreadableException unreadable)
            {
                await RecordProblemAsync(store, listing.AmazonOrderId, unreadable.Message, cancellationToken);
                return ImportOutcome.Failed;
            }
            catch (Exception exception) when (attempt < AttemptsOnConflict && IsConflict(exception))
            {
                logger.LogDebug("Amazon order {AmazonOrderId} was written meanwhile; importing it again (attempt {Attempt})",
                    listing.AmazonOrderId, attempt + 1);
            }
        }
    }

    private static bool IsConflict(Exception exception) =>
        exception is ConcurrencyException
            or JasperFx.Events.ExistingStreamIdCollisionException
            or Marten.Exceptions.ExistingStreamIdCollisionException;

    private async Task<ImportOutcome> ImportOnceAsync(
        AmazonStore store, AmazonOrderListing listing, bool backfill, AmazonOrderContentsReads amazonAnswers,
        CancellationToken cancellationToken)
    {
        await using var session = documentStore.LightweightSession();
        var stream = await session.Events.FetchForWriting<AmazonOrder>(listing.AmazonOrderId, cancellationToken);
        var decision = ImportDecision.For(listing, stream.Aggregate, store, backfill);
        if (decision.Verdict == ImportVerdict.Skip)
        {
            return ImportOutcome.Skipped;
        }

        // From here on the work belongs to the order's journey: its trace, and the trace its events carry on.
        var orderTrace = stream.Aggregate is null
            ? null
            : await OrderSpan.TraceOfStreamAsync(session, listing.AmazonOrderId, cancellationToken);
        using var span = OrderSpan.Start("import amazon order", orderTrace, listing.AmazonOrderId, stream.Aggregate?.Commerce.Number);
        span.Activity?.SetTag("amazon.order_status", listing.Status?.ToString());
        TraceContextHeaders.Stamp(session, span.Activity);

        var contents = await amazonAnswers.ReadAsync(decision, cancellationToken);
        var now = clock.GetUtcNow();
        var snapshot = ToSnapshot(store, listing, stream.Aggregate, contents);
        var events = ImportAmazonOrderDecider.Decide(
            stream.Aggregate, new ImportAmazonOrder(snapshot, store.SettingsVersion, now));
        if (events.Count == 0 && contents?.Buyer is null)
        {
            // Seen again, nothing new: no write. An order with an open problem never lands here, because the
            // decider records its recovery, so no problem document is left behind.
            return ImportOutcome.Unchanged;
        }

        stream.AppendMany(events);
        if (contents?.Buyer is { } buyer)
        {
            session.Store(new BuyerPersonalData(listing.AmazonOrderId, buyer.Name, buyer.Email, buyer.ShippingAddress, now));
        }

        session.Delete<OrderImportProblem>(listing.AmazonOrderId);
        await session.SaveChangesAsync(cancellationToken);
        return events.Count > 0 ? ImportOutcome.Recorded : ImportOutcome.Unchanged;
    }

    private static AmazonOrderSnapshot ToSnapshot(
        AmazonStore store, AmazonOrderListing listing, AmazonOrder? known, AmazonOrderContents? contents) => new(
        listing.AmazonOrderId,
        store.Id,
        listing.MarketplaceId ?? store.MarketplaceId,
        listing.FulfillmentChannel!.Value,
        listing.Status!.Value,
        listing.PurchaseDate!.Value,
        listing.LastUpdateDate!.Value,
        contents?.Items ?? known?.Items ?? [],
        contents?.Buyer is not null || known?.HasBuyerDetails == true ? listing.Total : null,
        HasBuyerDetails: contents?.Buyer is not null || known?.HasBuyerDetails == true,
        BuyerRequestedCancel: contents?.BuyerRequestedCancel ?? false,
        BuyerCancelReason: contents?.BuyerCancelReason,
        ShipmentServiceLevel: listing.ShipmentServiceLevel);

    private async Task RecordProblemAsync(
        AmazonStore store, string amazonOrderId, string problem, CancellationToken cancellationToken)
    {
        logger.LogWarning("Amazon order {AmazonOrderId} of store {StoreId} could not be imported: {Problem}",
            amazonOrderId, store.Id, problem);
        if (string.IsNullOrWhiteSpace(amazonOrderId))
        {
            return;
        }

        await using var session = documentStore.LightweightSession();
        var now = clock.GetUtcNow();
        var known = await session.LoadAsync<OrderImportProblem>(amazonOrderId, cancellationToken);
        session.Store(known is null
            ? new OrderImportProblem(amazonOrderId, store.Id, problem, now, now, 1)
            : known with { Problem = problem, LastSeenAt = now, Attempts = known.Attempts + 1 });

        var stream = await session.Events.FetchForWriting<AmazonOrder>(amazonOrderId, cancellationToken);
        if (stream.Aggregate is { } order && order.ImportProblem != problem)
        {
            stream.AppendOne(new AmazonOrderImportFailed(amazonOrderId, problem, now));
        }

        await session.SaveChangesAsync(cancellationToken);
    }
}
