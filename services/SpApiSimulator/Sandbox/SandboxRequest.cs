using System.Text.Json.Nodes;
using Fulfillment.SpApiSimulator.Http;

namespace Fulfillment.SpApiSimulator.Sandbox;

/// <summary>The parameters of an incoming request, in the form the sandbox examples compare them.</summary>
public sealed class SandboxRequest(RouteValueDictionary routeValues, IQueryCollection query, JsonNode? body)
{
    public static async Task<SandboxRequest> FromAsync(HttpContext context) =>
        new(context.Request.RouteValues, context.Request.Query, (await SpApiRequestBody.ReadAsync(context)).Json);

    public bool Has(SandboxParameter parameter) => parameter.Location switch
    {
        ParameterLocation.Path => routeValues.TryGetValue(parameter.Name, out var value)
            && parameter.Value is JsonValue expected && expected.ToString() == value?.ToString(),
        ParameterLocation.Query => QueryHas(parameter.Name, parameter.Value),
        _ => JsonNode.DeepEquals(parameter.Value, body),
    };

    // Arrays travel as comma-separated values (Swagger's default "csv"), or as the parameter repeated.
    private bool QueryHas(string name, JsonNode? expected)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return false;
        }

        var actual = values.SelectMany(value => (value ?? "").Split(',')).ToArray();
        return expected switch
        {
            JsonArray array => array.Select(item => item?.ToString()).SequenceEqual(actual),
            JsonValue value => actual.Length == 1 && actual[0] == value.ToString(),
            _ => false,
        };
    }
}
