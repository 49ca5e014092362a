using System.Text.Json;
using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.FeedsApi.DocumentContent;
using Fulfillment.SpApiSimulator.FeedsApi.Shapes;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.FeedsApi.CreateFeedDocument;

public static class CreateFeedDocumentEndpoint
{
    public static RouteGroupBuilder MapCreateFeedDocument(this RouteGroupBuilder group)
    {
        group.MapPost("/documents", HandleAsync).IsSpApiOperation("createFeedDocument");
        return group;
    }

    /// <summary>201 with the new document's id and the URL to upload its content to (served by the simulator).</summary>
    private static async Task<Results<JsonHttpResult<CreateFeedDocumentResponse>, JsonHttpResult<SpApiErrorList>>> HandleAsync(
        HttpContext http, FeedStore feeds)
    {
        var body = await SpApiRequestBody.ReadAsync(http);
        var specification = body.Json is null ? null : Read(body.Json);
        if (string.IsNullOrWhiteSpace(specification?.ContentType))
        {
            return SpApiResults.InvalidInput("Invalid input", "contentType is required.");
        }

        var document = feeds.NewDocument(http.SpApiCaller().SellerId, specification.ContentType);
        return TypedResults.Json(
            new CreateFeedDocumentResponse(document.FeedDocumentId, FeedDocumentContentEndpoints.UrlOf(http, document.FeedDocumentId)),
            SpApiJson.Options,
            statusCode: StatusCodes.Status201Created);
    }

    private static CreateFeedDocumentSpecification? Read(System.Text.Json.Nodes.JsonNode json)
    {
        try
        {
            return json.Deserialize<CreateFeedDocumentSpecification>(SpApiJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
