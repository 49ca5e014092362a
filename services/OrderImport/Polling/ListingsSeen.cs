using System.Collections.Concurrent;
using Fulfillment.OrderImport.SpApi;

namespace Fulfillment.OrderImport.Polling;

/// <summary>
/// The listing of each order the poller last imported (recorded, found unchanged or skipped), with the store's
/// settings version then. Each window reaches back over the previous one, so most listings of a poll are ones it has
/// just imported: importing the same listing again decides nothing new (A4), and the poller passes it by without
/// reading the order's stream. Any field Amazon lists differently, or new store settings, and the order is imported
/// as usual. Kept per process and bounded: a replica that takes a store over starts empty and reads the streams.
/// </summary>
public sealed class ListingsSeen
{
    /// <summary>Far more than one overlap's worth of orders; reaching it forgets everything at once.</summary>
    public const int MostOrders = 100_000;

    private readonly ConcurrentDictionary<string, (AmazonOrderListing Listing, int SettingsVersion)> _byOrder =
        new(StringComparer.Ordinal);

    public bool AlreadyImported(AmazonOrderListing listing, int settingsVersion) =>
        _byOrder.TryGetValue(listing.AmazonOrderId, out var seen) && seen == (listing, settingsVersion);

    /// <summary>Called after an import that ended as <paramref name="outcome"/>; only settled outcomes are kept.</summary>
    public void Imported(AmazonOrderListing listing, int settingsVersion, ImportOutcome outcome)
    {
        if (outcome == ImportOutcome.Failed)
        {
            _byOrder.TryRemove(listing.AmazonOrderId, out _);
            return;
        }

        if (_byOrder.Count >= MostOrders)
        {
            _byOrder.Clear();
        }

        _byOrder[listing.AmazonOrderId] = (listing, settingsVersion);
    }
}
