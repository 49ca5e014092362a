using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.FeedsApi.Shapes;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.FeedsApi.GetFeed;

public static class GetFeedEndpoint
{
    public static RouteGroupBuilder MapGetFeed(this RouteGroupBuilder group)
    {
        group.MapGet("/feeds/{feedId}", Handle).IsSpApiOperation("getFeed");
        return group;
    }

    private static Results<JsonHttpResult<FeedResponse>, JsonHttpResult<SpApiErrorList>> Handle(
        string feedId, HttpContext http, FeedStore feeds) =>
        feeds.FindFeed(http.SpApiCaller().SellerId, feedId) is { } feed
            ? SpApiResults.Ok(new FeedResponse(
                feed.FeedId, feed.FeedType, feed.MarketplaceIds, feed.CreatedTime, feed.ProcessingStatus,
                feed.ProcessingStartTime, feed.ProcessingEndTime, feed.ResultFeedDocumentId))
            : SpApiResults.NotFound($"Feed {feedId} was not found.");
}
