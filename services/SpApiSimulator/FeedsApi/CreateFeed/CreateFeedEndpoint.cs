using System.Text.Json;
using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.FeedsApi.OrderAcknowledgement;
using Fulfillment.SpApiSimulator.FeedsApi.Shapes;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.FeedsApi.CreateFeed;

public static class CreateFeedEndpoint
{
    /// <summary>The one feed type the simulator processes: order acknowledgements, which is how a seller cancels.</summary>
    public const string OrderAcknowledgementFeedType = "POST_ORDER_ACKNOWLEDGEMENT_DATA";

    public static RouteGroupBuilder MapCreateFeed(this RouteGroupBuilder group)
    {
        group.MapPost("/feeds", HandleAsync).IsSpApiOperation("createFeed");
        return group;
    }

    /// <summary>
    /// 202 with the feed id. Amazon queues a feed and processes it minutes later; the simulator processes it at once,
    /// so the first <c>getFeed</c> already shows <c>DONE</c> with the processing report as its result document.
    /// </summary>
    private static async Task<Results<JsonHttpResult<CreateFeedResponse>, JsonHttpResult<SpApiErrorList>>> HandleAsync(
        HttpContext http, FeedStore feeds, OrderAcknowledgementProcessor processor, TimeProvider clock)
    {
        var sellerId = http.SpApiCaller().SellerId;
        var body = await SpApiRequestBody.ReadAsync(http);
        var specification = body.Json is null ? null : Read(body.Json);
        if (specification is not { FeedType: { Length: > 0 } feedType, MarketplaceIds.Count: > 0, InputFeedDocumentId: { Length: > 0 } documentId })
        {
            return SpApiResults.InvalidInput("Invalid input", "feedType, marketplaceIds and inputFeedDocumentId are required.");
        }

        if (feedType != OrderAcknowledgementFeedType)
        {
            return SpApiResults.InvalidInput("Invalid input", $"The simulator processes only {OrderAcknowledgementFeedType} feeds.");
        }

        if (feeds.FindDocument(sellerId, documentId) is not { } input)
        {
            return SpApiResults.InvalidInput("Invalid input", $"Feed document {documentId} was not found.");
        }

        var createdAt = SpApiDates.ToWholeSeconds(clock.GetUtcNow());
        var feedId = feeds.NextFeedId();
        var report = processor.Process(feedId, sellerId, input.Content, createdAt);
        var result = feeds.NewDocument(sellerId, report.ContentType, report.ToXml(sellerId));
        feeds.Save(new Feed(
            feedId, sellerId, feedType, specification.MarketplaceIds, documentId, createdAt, "DONE", createdAt, createdAt,
            result.FeedDocumentId));
        return TypedResults.Json(new CreateFeedResponse(feedId), SpApiJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    private static CreateFeedSpecification? Read(System.Text.Json.Nodes.JsonNode json)
    {
        try
        {
            return json.Deserialize<CreateFeedSpecification>(SpApiJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
