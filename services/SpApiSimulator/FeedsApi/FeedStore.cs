using System.Collections.Concurrent;

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

/// <summary>Feeds and feed documents, in memory; ids are unique per seller, as Amazon's are.</summary>
public sealed class FeedStore
{
    private readonly ConcurrentDictionary<string, FeedDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Feed> _feeds = new(StringComparer.Ordinal);
    private long _lastFeedId = 50_000_000_000;

    public FeedDocument NewDocument(string sellerId, string contentType, byte[]? content = null)
    {
        var document = new FeedDocument(Guid.NewGuid().ToString(), sellerId, contentType, content);
        _documents[document.FeedDocumentId] = document;
        return document;
    }

    public FeedDocument? FindDocument(string feedDocumentId) => _documents.GetValueOrDefault(feedDocumentId);

    /// <summary>The seller's document, or null: another seller's document does not exist for this caller.</summary>
    public FeedDocument? FindDocument(string sellerId, string feedDocumentId) =>
        FindDocument(feedDocumentId) is { } document && document.SellerId == sellerId ? document : null;

    public bool Upload(string feedDocumentId, byte[] content)
    {
        while (_documents.TryGetValue(feedDocumentId, out var document))
        {
            if (_documents.TryUpdate(feedDocumentId, document with { Content = content }, document))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Amazon's feed ids are numbers, as the model's examples show.</summary>
    public string NextFeedId() => Interlocked.Increment(ref _lastFeedId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Save(Feed feed) => _feeds[feed.FeedId] = feed;

    public IEnumerable<Feed> FeedsOf(string sellerId) => _feeds.Values.Where(feed => feed.SellerId == sellerId);

    public IEnumerable<Feed> AllFeeds => _feeds.Values;

    public Feed? FindFeed(string sellerId, string feedId) =>
        _feeds.GetValueOrDefault(feedId) is { } feed && feed.SellerId == sellerId ? feed : null;

    public void Clear()
    {
        _documents.Clear();
        _feeds.Clear();
    }
}
