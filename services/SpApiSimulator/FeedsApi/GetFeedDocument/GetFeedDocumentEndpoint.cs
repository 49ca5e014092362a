using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.FeedsApi.DocumentContent;
using Fulfillment.SpApiSimulator.FeedsApi.Shapes;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.FeedsApi.GetFeedDocument;

public static class GetFeedDocumentEndpoint
{
    public static RouteGroupBuilder MapGetFeedDocument(this RouteGroupBuilder group)
    {
        group.MapGet("/documents/{feedDocumentId}", Handle).IsSpApiOperation("getFeedDocument");
        return group;
    }

    /// <summary>Where to download a document, typically a feed's processing report.</summary>
    private static Results<JsonHttpResult<FeedDocumentResponse>, JsonHttpResult<SpApiErrorList>> Handle(
        string feedDocumentId, HttpContext http, FeedStore feeds) =>
        feeds.FindDocument(http.SpApiCaller().SellerId, feedDocumentId) is { } document
            ? SpApiResults.Ok(new FeedDocumentResponse(
                document.FeedDocumentId, FeedDocumentContentEndpoints.UrlOf(http, document.FeedDocumentId)))
            : SpApiResults.NotFound($"Feed document {feedDocumentId} was not found.");
}
