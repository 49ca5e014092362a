using Fulfillment.SpApiSimulator.FeedsApi;
using Fulfillment.SpApiSimulator.FeedsApi.OrderAcknowledgement;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Admin.Feeds;

/// <summary>One feed Amazon received that names an order.</summary>
public sealed record OrderFeedView(string FeedId, string FeedType, DateTimeOffset CreatedTime, string ProcessingStatus);

/// <summary>
/// <c>GET /simulator/feeds?amazonOrderId=</c>: every feed Amazon received whose document names the order (order
/// acknowledgements), oldest first, so a test can count what a seller sent for an order.
/// </summary>
public static class OrderFeedsEndpoint
{
    public static RouteGroupBuilder MapOrderFeeds(this RouteGroupBuilder group)
    {
        group.MapGet("/feeds", Handle);
        return group;
    }

    private static Ok<IReadOnlyList<OrderFeedView>> Handle(string amazonOrderId, FeedStore feeds) =>
        TypedResults.Ok<IReadOnlyList<OrderFeedView>>([.. feeds.AllFeeds
            .Where(feed => Names(feeds.FindDocument(feed.InputFeedDocumentId)?.Content, amazonOrderId))
            .OrderBy(feed => feed.CreatedTime)
            .ThenBy(feed => feed.FeedId, StringComparer.Ordinal)
            .Select(feed => new OrderFeedView(feed.FeedId, feed.FeedType, feed.CreatedTime, feed.ProcessingStatus))]);

    private static bool Names(byte[]? content, string amazonOrderId) =>
        content is not null
        && OrderAcknowledgementMessage.ReadEnvelope(content, out _) is { } messages
        && messages.Any(message => message.AmazonOrderId == amazonOrderId);
}
