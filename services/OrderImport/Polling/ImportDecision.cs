using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.SpApi;
using Fulfillment.OrderImport.Stores;

namespace Fulfillment.OrderImport.Polling;

public enum ImportVerdict
{
    /// <summary>Not Fulfillment's business (yet): an FBA order before Amazon shipped it (F1), or one placed before
    /// the store was connected (S9).</summary>
    Skip,
    Import,
}

/// <summary>What a listed order asks of the importer: whether to import it, and what else to read from Amazon.</summary>
public sealed record ImportDecision(ImportVerdict Verdict, bool ReadItems, bool ReadBuyer, string? Reason)
{
    private static readonly AmazonOrderStatus[] VerifiedStatuses =
        [AmazonOrderStatus.Unshipped, AmazonOrderStatus.PartiallyShipped, AmazonOrderStatus.Shipped];

    private static readonly AmazonOrderStatus[] OpenStatuses =
        [AmazonOrderStatus.Pending, AmazonOrderStatus.PendingAvailability, AmazonOrderStatus.Unshipped, AmazonOrderStatus.PartiallyShipped];

    /// <param name="listing">A listing without a problem: status, channel and dates are known.</param>
    /// <param name="known">The order's stream so far, or null when it was never imported.</param>
    /// <param name="backfill">An operator asked for this date range explicitly (S9 does not apply).</param>
    public static ImportDecision For(AmazonOrderListing listing, AmazonOrder? known, AmazonStore store, bool backfill)
    {
        var status = listing.Status!.Value;
        if (known is null)
        {
            if (listing.FulfillmentChannel == FulfillmentChannel.AFN && status != AmazonOrderStatus.Shipped)
            {
                return new(ImportVerdict.Skip, false, false, "FBA orders are imported once Amazon has shipped them");
            }

            if (!backfill && listing.PurchaseDate < WholeSecond(store.ConnectedAt))
            {
                return new(ImportVerdict.Skip, false, false, "placed before the store was connected");
            }

            return new(ImportVerdict.Import, ReadItems: true, ReadBuyer: VerifiedStatuses.Contains(status), null);
        }

        var newer = listing.LastUpdateDate > known.LastUpdateDate;
        var readItems = (newer && OpenStatuses.Contains(status)) || (VerifiedStatuses.Contains(status) && !known.DetailsKnown);
        var readBuyer = VerifiedStatuses.Contains(status) && !known.HasBuyerDetails;
        return new(ImportVerdict.Import, readItems, readBuyer, null);
    }

    /// <summary>Amazon's dates have whole seconds: an order placed in the second the store was connected counts.</summary>
    private static DateTimeOffset WholeSecond(DateTimeOffset moment) =>
        new(moment.Ticks - moment.Ticks % TimeSpan.TicksPerSecond, moment.Offset);
}
