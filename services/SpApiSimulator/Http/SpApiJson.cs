using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fulfillment.SpApiSimulator.Http;

/// <summary>
/// How Amazon writes JSON: property names exactly as the model spells them (PascalCase in Orders payloads, camelCase
/// in Tokens and errors, set on each shape), absent values left out rather than written as null, and characters
/// such as <c>+</c> written as themselves (the answers are JSON for API clients, never embedded in HTML).
/// </summary>
public static class SpApiJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
