using System.Text.Json.Serialization;

namespace Fulfillment.SpApiSimulator.FeedsApi.Shapes;

// The shapes of Models/feeds_2021-06-30.json, spelled as the model spells them (camelCase).

public sealed record CreateFeedDocumentSpecification([property: JsonPropertyName("contentType")] string? ContentType);

public sealed record CreateFeedDocumentResponse(
    [property: JsonPropertyName("feedDocumentId")] string FeedDocumentId,
    [property: JsonPropertyName("url")] string Url);

public sealed record CreateFeedSpecification(
    [property: JsonPropertyName("feedType")] string? FeedType,
    [property: JsonPropertyName("marketplaceIds")] IReadOnlyList<string>? MarketplaceIds,
    [property: JsonPropertyName("inputFeedDocumentId")] string? InputFeedDocumentId);

public sealed record CreateFeedResponse([property: JsonPropertyName("feedId")] string FeedId);

/// <summary>The model's <c>Feed</c>; <c>processingStatus</c> is one of <c>CANCELLED</c>, <c>DONE</c>, <c>FATAL</c>, <c>IN_PROGRESS</c>, <c>IN_QUEUE</c>.</summary>
public sealed record FeedResponse(
    [property: JsonPropertyName("feedId")] string FeedId,
    [property: JsonPropertyName("feedType")] string FeedType,
    [property: JsonPropertyName("marketplaceIds")] IReadOnlyList<string> MarketplaceIds,
    [property: JsonPropertyName("createdTime")] DateTimeOffset CreatedTime,
    [property: JsonPropertyName("processingStatus")] string ProcessingStatus,
    [property: JsonPropertyName("processingStartTime")] DateTimeOffset? ProcessingStartTime,
    [property: JsonPropertyName("processingEndTime")] DateTimeOffset? ProcessingEndTime,
    [property: JsonPropertyName("resultFeedDocumentId")] string? ResultFeedDocumentId);

/// <summary>The model's <c>GetFeedsResponse</c>.</summary>
public sealed record GetFeedsResponse(
    [property: JsonPropertyName("feeds")] IReadOnlyList<FeedResponse> Feeds,
    [property: JsonPropertyName("nextToken")] string? NextToken);

/// <summary>The model's <c>FeedDocument</c>; the simulator never compresses, so <c>compressionAlgorithm</c> is left out.</summary>
public sealed record FeedDocumentResponse(
    [property: JsonPropertyName("feedDocumentId")] string FeedDocumentId,
    [property: JsonPropertyName("url")] string Url);
