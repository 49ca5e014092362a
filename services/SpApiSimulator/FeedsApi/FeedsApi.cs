using Fulfillment.SpApiSimulator.FeedsApi.CreateFeed;
using Fulfillment.SpApiSimulator.FeedsApi.CreateFeedDocument;
using Fulfillment.SpApiSimulator.FeedsApi.DocumentContent;
using Fulfillment.SpApiSimulator.FeedsApi.GetFeed;
using Fulfillment.SpApiSimulator.FeedsApi.GetFeedDocument;
using Fulfillment.SpApiSimulator.FeedsApi.GetFeeds;
using Fulfillment.SpApiSimulator.Pipeline;

namespace Fulfillment.SpApiSimulator.FeedsApi;

/// <summary>
/// Amazon's Feeds API 2021-06-30, at the paths of <c>Models/feeds_2021-06-30.json</c> (createFeedDocument, createFeed,
/// getFeeds, getFeed, getFeedDocument), and the document URLs it hands out, which the simulator serves itself.
/// </summary>
public static class FeedsApi
{
    public static WebApplication MapFeedsApi(this WebApplication app)
    {
        app.MapGroup("/feeds/2021-06-30")
            .WithTags("Feeds API 2021-06-30")
            // Amazon's own API: it authenticates callers with Login With Amazon access tokens, as Amazon does.
            .AllowAnonymous()
            .AddEndpointFilter<SpApiOperationFilter>()
            .MapCreateFeedDocument()
            .MapCreateFeed()
            .MapGetFeeds()
            .MapGetFeed()
            .MapGetFeedDocument();
        app.MapFeedDocumentContent();
        return app;
    }
}
