using System.Globalization;
using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.FeedsApi.Shapes;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.FeedsApi.GetFeeds;

/// <summary>
/// <c>getFeeds</c>: the caller's feeds of the given <c>feedTypes</c> (comma-separated, required) created at or after
/// <c>createdSince</c> (default: 90 days before Amazon's now), newest first, in one page.
/// </summary>
public static class GetFeedsEndpoint
{
    public static RouteGroupBuilder MapGetFeeds(this RouteGroupBuilder group)
    {
        group.MapGet("/feeds", Handle).IsSpApiOperation("getFeeds");
        return group;
    }

    private static Results<JsonHttpResult<GetFeedsResponse>, JsonHttpResult<SpApiErrorList>> Handle(
        HttpContext http, FeedStore feeds, TimeProvider clock, string? feedTypes, string? createdSince)
    {
        var types = (feedTypes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (types.Length == 0)
        {
            return SpApiResults.InvalidInput("Invalid input", "feedTypes is required when nextToken is not given.");
        }

        var since = clock.GetUtcNow().AddDays(-90);
        if (createdSince is not null)
        {
            if (!DateTimeOffset.TryParse(createdSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out since))
            {
                return SpApiResults.InvalidInput("Invalid input", "createdSince must be an ISO 8601 date-time.");
            }
        }

        var listed = feeds.FeedsOf(http.SpApiCaller().SellerId)
            .Where(feed => types.Contains(feed.FeedType, StringComparer.Ordinal) && feed.CreatedTime >= since)
            .OrderByDescending(feed => feed.CreatedTime)
            .Select(feed => new FeedResponse(
                feed.FeedId, feed.FeedType, feed.MarketplaceIds, feed.CreatedTime, feed.ProcessingStatus,
                feed.ProcessingStartTime, feed.ProcessingEndTime, feed.ResultFeedDocumentId));
        return SpApiResults.Ok(new GetFeedsResponse([.. listed], NextToken: null));
    }
}
