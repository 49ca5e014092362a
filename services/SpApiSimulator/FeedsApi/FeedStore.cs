using System.Collections.Concurrent;
using System.Globalization;
using Fulfillment.SpApiSimulator.Persistence;

namespace Fulfillment.SpApiSimulator.FeedsApi;

/// <summary>A feed document: what the seller uploads to its URL, or a processing report Amazon wrote.</summary>
/// <param name="Content">Null until the seller uploaded it.</param>
public sealed record FeedDocument(string FeedDocumentId, string SellerId, string ContentType, byte[]? Content);

/// <summary>A feed as Amazon keeps it; the simulator processes it as soon as it is created.</summary>
public sealed record Feed(
    string FeedId,
    string SellerId,
    string FeedType,
    IReadOnlyList<string> MarketplaceIds,
    string InputFeedDocumentId,
    DateTimeOffset CreatedTime,
    string ProcessingStatus,
    DateTimeOffset? ProcessingStartTime,
    DateTimeOffset? ProcessingEndTime,
    string? ResultFeedDocumentId);

/// <summary>
/// Feeds and feed documents, read from memory and written through to the simulator's database; ids are unique per
/// seller, as Amazon's are.
/// </summary>
public sealed class FeedStore(SimulatorStateWriter state)
{
    public const string FeedKind = "feed";
    public const string DocumentKind = "feed-document";

    private readonly ConcurrentDictionary<string, FeedDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Feed> _feeds = new(StringComparer.Ordinal);
    private long _lastFeedId = 50_000_000_000;

    public FeedDocument NewDocument(string sellerId, string contentType, byte[]? content = null)
    {
        var document = new FeedDocument(Guid.NewGuid().ToString(), sellerId, contentType, content);
        _documents[document.FeedDocumentId] = document;
        state.Save(DocumentKind, document.FeedDocumentId, document);
        return document;
    }

    public FeedDocument? FindDocument(string feedDocumentId) => _documents.GetValueOrDefault(feedDocumentId);

    /// <summary>Every feed of every seller, in no particular order (Amazon's console view, not the seller's API).</summary>
    public IReadOnlyList<Feed> AllFeeds() => [.. _feeds.Values];

    /// <summary>The seller's document, or null: another seller's document does not exist for this caller.</summary>
    public FeedDocument? FindDocument(string sellerId, string feedDocumentId) =>
        FindDocument(feedDocumentId) is { } document && document.SellerId == sellerId ? document : null;

    public bool Upload(string feedDocumentId, byte[] content)
    {
        while (_documents.TryGetValue(feedDocumentId, out var document))
        {
            var uploaded = document with { Content = content };
            if (_documents.TryUpdate(feedDocumentId, uploaded, document))
            {
                state.Save(DocumentKind, feedDocumentId, uploaded);
                return true;
            }
        }

        return false;
    }

    /// <summary>Amazon's feed ids are numbers, as the model's examples show.</summary>
    public string NextFeedId() => Interlocked.Increment(ref _lastFeedId).ToString(CultureInfo.InvariantCulture);

    public void Save(Feed feed)
    {
        _feeds[feed.FeedId] = feed;
        state.Save(FeedKind, feed.FeedId, feed);
    }

    /// <summary>A feed read back from the database at start; the next feed id follows the highest.</summary>
    public void Restore(Feed feed)
    {
        _feeds[feed.FeedId] = feed;
        if (long.TryParse(feed.FeedId, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            InterlockedMax(ref _lastFeedId, number);
        }
    }

    public void Restore(FeedDocument document) => _documents[document.FeedDocumentId] = document;

    public IEnumerable<Feed> FeedsOf(string sellerId) => _feeds.Values.Where(feed => feed.SellerId == sellerId);

    public Feed? FindFeed(string sellerId, string feedId) =>
        _feeds.GetValueOrDefault(feedId) is { } feed && feed.SellerId == sellerId ? feed : null;

    public void Clear()
    {
        _documents.Clear();
        _feeds.Clear();
        state.DeleteAll(DocumentKind);
        state.DeleteAll(FeedKind);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) != current)
        {
            current = Interlocked.Read(ref target);
        }
    }
}
