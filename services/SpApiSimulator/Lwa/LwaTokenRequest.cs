using System.Text.Json;
using System.Text.Json.Nodes;

namespace Fulfillment.SpApiSimulator.Lwa;

/// <summary>The fields of a Login With Amazon token request, from a form-urlencoded or a JSON body (LWA takes both).</summary>
public sealed record LwaTokenRequest(string? GrantType, string? RefreshToken, string? ClientId, string? ClientSecret)
{
    public static async Task<LwaTokenRequest?> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return new LwaTokenRequest(
                form["grant_type"].FirstOrDefault(), form["refresh_token"].FirstOrDefault(),
                form["client_id"].FirstOrDefault(), form["client_secret"].FirstOrDefault());
        }

        try
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return body is JsonObject json
                ? new LwaTokenRequest(Text(json, "grant_type"), Text(json, "refresh_token"), Text(json, "client_id"), Text(json, "client_secret"))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
