using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;
using Fulfillment.OrderImport.SpApi;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Telemetry;
using Fulfillment.SpApiClient;
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
    public async Task<ImportOutcome> ImportAsync(
        AmazonStore store, AmazonStoreAccess access, AmazonOrderListing listing, bool backfill,
        CancellationToken cancellationToken)
    {
        if (listing.Problem is { } listingProblem)
        {
            await RecordProblemAsync(store, listing.AmazonOrderId, listingProblem, cancellationToken);
            return ImportOutcome.Failed;
        }

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

        AmazonOrderContents? contents;
        try
        {
            contents = decision.ReadItems || decision.ReadBuyer
                ? await reader.GetOrderContentsAsync(access, listing.AmazonOrderId, decision.ReadBuyer, cancellationToken)
                : null;
        }
        catch (Exception exception) when (exception is SpApiRequestRejectedException or AmazonAnswerUnusableException)
        {
            await RecordProblemAsync(store, listing.AmazonOrderId, exception.Message, cancellationToken);
            return ImportOutcome.Failed;
        }

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
