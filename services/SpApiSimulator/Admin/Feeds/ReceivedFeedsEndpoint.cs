using Fulfillment.SpApiSimulator.FeedsApi;
using Fulfillment.SpApiSimulator.FeedsApi.OrderAcknowledgement;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Admin.Feeds;

/// <summary>
/// One feed Amazon received, with the orders its input document names (for an order acknowledgement feed): a
/// seller's cancel sent twice shows as two feeds naming the same order.
/// </summary>
public sealed record ReceivedFeedView(
    string FeedId, string SellerId, string FeedType, DateTimeOffset CreatedTime, string ProcessingStatus,
    IReadOnlyList<string> AmazonOrderIds);

public static class ReceivedFeedsEndpoint
{
    public static RouteGroupBuilder MapReceivedFeeds(this RouteGroupBuilder group)
    {
        group.MapGet("/feeds", List);
        return group;
    }

    /// <summary>
    /// Every feed received, oldest first; or one seller's; or those naming an order (<c>amazonOrderId</c>), so that a
    /// test can count what a seller sent for an order.
    /// </summary>
    private static Ok<List<ReceivedFeedView>> List(string? sellerId, string? amazonOrderId, FeedStore feeds) =>
        TypedResults.Ok(feeds.AllFeeds()
            .Where(feed => sellerId is null || feed.SellerId == sellerId)
            .OrderBy(feed => feed.CreatedTime)
            .ThenBy(feed => feed.FeedId, StringComparer.Ordinal)
            .Select(feed => new ReceivedFeedView(
                feed.FeedId, feed.SellerId, feed.FeedType, feed.CreatedTime, feed.ProcessingStatus, OrdersNamedBy(feeds, feed)))
            .Where(view => amazonOrderId is null || view.AmazonOrderIds.Contains(amazonOrderId))
            .ToList());

    private static IReadOnlyList<string> OrdersNamedBy(FeedStore feeds, Feed feed) =>
        feeds.FindDocument(feed.InputFeedDocumentId)?.Content is { } content
        && OrderAcknowledgementMessage.ReadEnvelope(content, out _) is { } messages
            ? [.. messages.Select(message => message.AmazonOrderId).OfType<string>()]
            : [];
}
