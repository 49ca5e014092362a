using System.Text.Json;
using System.Text.Json.Nodes;

namespace Fulfillment.SpApiSimulator.Http;

/// <summary>
/// The JSON body of an SP-API request, read once: the sandbox matcher and the operation both need it, and a
/// malformed body must become Amazon's <c>InvalidInput</c>, not a framework error.
/// </summary>
public sealed record SpApiRequestBody(JsonNode? Json, bool IsMalformed)
{
    private static readonly object ItemKey = new();

    public static async Task<SpApiRequestBody> ReadAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var cached) && cached is SpApiRequestBody body)
        {
            return body;
        }

        body = await ParseAsync(context.Request);
        context.Items[ItemKey] = body;
        return body;
    }

    private static async Task<SpApiRequestBody> ParseAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SpApiRequestBody(null, IsMalformed: false);
        }

        try
        {
            return new SpApiRequestBody(JsonNode.Parse(text), IsMalformed: false);
        }
        catch (JsonException)
        {
            return new SpApiRequestBody(null, IsMalformed: true);
        }
    }
}
