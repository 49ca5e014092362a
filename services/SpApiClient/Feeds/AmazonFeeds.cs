using System.IO.Compression;
using System.Net.Http.Headers;
using Fulfillment.SpApiClient.Models;

namespace Fulfillment.SpApiClient.Feeds;

/// <summary>
/// Feeds API 2021-06-30, the way Amazon's use case guide runs it: create a feed document, upload the content to the
/// document's URL, create the feed, read it until it is processed, then download its result document (the
/// processing report). The document URLs are presigned: they take no access token.
/// </summary>
public sealed class AmazonFeeds(SpApiTransport transport, IHttpClientFactory httpClients)
{
    public const string Done = "DONE";

    /// <summary>The statuses after which a feed changes no more.</summary>
    public static bool IsFinished(string? processingStatus) => processingStatus is Done or "CANCELLED" or "FATAL";

    /// <summary>Creates a document and uploads <paramref name="content"/> to it; returns the document id.</summary>
    public async Task<string> UploadDocumentAsync(
        AmazonStoreAccess store, string contentType, byte[] content, CancellationToken cancellationToken)
    {
        var document = await transport.SendAsync<CreateFeedDocumentResponse>(
            store, SpApiOperation.CreateFeedDocument, HttpMethod.Post, "/feeds/2021-06-30/documents",
            new CreateFeedDocumentSpecification(contentType), null, cancellationToken);
        if (document is not { FeedDocumentId: { } documentId, Url: { } url })
        {
            throw new SpApiRequestRejectedException(SpApiOperation.CreateFeedDocument, 201, "MalformedResponse", "No document id or URL.");
        }

        using var upload = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(content) };
        upload.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await httpClients.CreateClient(SpApiClientRegistration.HttpClientName).SendAsync(upload, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new SpApiUnavailableException("uploadFeedDocument", 1, $"HTTP {(int)response.StatusCode} from the document URL");
        }

        return documentId;
    }

    /// <summary>
    /// Creates the feed for the uploaded document; returns the feed id. Amazon acts on it, so a request whose answer is
    /// lost is not sent again here (<see cref="SpApiOutcomeUnknownException"/>): the caller looks at Amazon first.
    /// </summary>
    public async Task<string> CreateFeedAsync(
        AmazonStoreAccess store, string feedType, string inputFeedDocumentId, CancellationToken cancellationToken)
    {
        var created = await transport.SendCommandAsync<CreateFeedResponse>(
            store, SpApiOperation.CreateFeed, HttpMethod.Post, "/feeds/2021-06-30/feeds",
            new CreateFeedSpecification(feedType, [store.MarketplaceId], inputFeedDocumentId), cancellationToken);
        return created.FeedId
            ?? throw new SpApiRequestRejectedException(SpApiOperation.CreateFeed, 202, "MalformedResponse", "No feed id.");
    }

    /// <summary>The store's feeds of <paramref name="feedType"/> created since <paramref name="createdSince"/>, every page.</summary>
    public async Task<IReadOnlyList<Feed>> GetFeedsAsync(
        AmazonStoreAccess store, string feedType, DateTimeOffset createdSince, CancellationToken cancellationToken)
    {
        var feeds = new List<Feed>();
        var query = $"?feedTypes={Uri.EscapeDataString(feedType)}&marketplaceIds={Uri.EscapeDataString(store.MarketplaceId)}" +
            $"&createdSince={Uri.EscapeDataString(createdSince.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))}";
        while (true)
        {
            var page = await transport.SendAsync<GetFeedsResponse>(
                store, SpApiOperation.GetFeeds, HttpMethod.Get, "/feeds/2021-06-30/feeds" + query, null, null, cancellationToken);
            feeds.AddRange(page.Feeds ?? []);
            if (page.NextToken is not { Length: > 0 } next)
            {
                return feeds;
            }

            query = $"?nextToken={Uri.EscapeDataString(next)}";
        }
    }

    public Task<Feed> GetFeedAsync(AmazonStoreAccess store, string feedId, CancellationToken cancellationToken) =>
        transport.SendAsync<Feed>(
            store, SpApiOperation.GetFeed, HttpMethod.Get, $"/feeds/2021-06-30/feeds/{Uri.EscapeDataString(feedId)}", null, null,
            cancellationToken);

    /// <summary>Downloads a document (a processing report), decompressed when Amazon compressed it.</summary>
    public async Task<byte[]> DownloadDocumentAsync(AmazonStoreAccess store, string feedDocumentId, CancellationToken cancellationToken)
    {
        var document = await transport.SendAsync<FeedDocument>(
            store, SpApiOperation.GetFeedDocument, HttpMethod.Get,
            $"/feeds/2021-06-30/documents/{Uri.EscapeDataString(feedDocumentId)}", null, null, cancellationToken);
        var url = document.Url
            ?? throw new SpApiRequestRejectedException(SpApiOperation.GetFeedDocument, 200, "MalformedResponse", "No document URL.");
        var content = await httpClients.CreateClient(SpApiClientRegistration.HttpClientName).GetByteArrayAsync(url, cancellationToken);
        if (document.CompressionAlgorithm != "GZIP")
        {
            return content;
        }

        await using var gzip = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await gzip.CopyToAsync(plain, cancellationToken);
        return plain.ToArray();
    }
}
