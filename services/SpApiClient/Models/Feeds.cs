using System.Text.Json.Serialization;

namespace Fulfillment.SpApiClient.Models;

// The Feeds API 2021-06-30 shapes (feeds_2021-06-30.json).

public sealed record CreateFeedDocumentSpecification([property: JsonPropertyName("contentType")] string ContentType);

public sealed record CreateFeedDocumentResponse(
    [property: JsonPropertyName("feedDocumentId")] string? FeedDocumentId,
    [property: JsonPropertyName("url")] string? Url);

public sealed record CreateFeedSpecification(
    [property: JsonPropertyName("feedType")] string FeedType,
    [property: JsonPropertyName("marketplaceIds")] IReadOnlyList<string> MarketplaceIds,
    [property: JsonPropertyName("inputFeedDocumentId")] string InputFeedDocumentId);

public sealed record CreateFeedResponse([property: JsonPropertyName("feedId")] string? FeedId);

/// <param name="ProcessingStatus"><c>CANCELLED</c>, <c>DONE</c>, <c>FATAL</c>, <c>IN_PROGRESS</c> or <c>IN_QUEUE</c>.</param>
public sealed record Feed(
    [property: JsonPropertyName("feedId")] string? FeedId,
    [property: JsonPropertyName("feedType")] string? FeedType,
    [property: JsonPropertyName("processingStatus")] string? ProcessingStatus,
    [property: JsonPropertyName("resultFeedDocumentId")] string? ResultFeedDocumentId);

public sealed record GetFeedsResponse(
    [property: JsonPropertyName("feeds")] IReadOnlyList<Feed>? Feeds,
    [property: JsonPropertyName("nextToken")] string? NextToken);

/// <param name="CompressionAlgorithm"><c>GZIP</c> when the content must be decompressed.</param>
public sealed record FeedDocument(
    [property: JsonPropertyName("feedDocumentId")] string? FeedDocumentId,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("compressionAlgorithm")] string? CompressionAlgorithm);
