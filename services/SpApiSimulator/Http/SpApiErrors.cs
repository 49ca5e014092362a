using System.Text.Json.Serialization;

namespace Fulfillment.SpApiSimulator.Http;

/// <summary>The <c>Error</c> definition shared by every SP-API model.</summary>
public sealed record SpApiError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("details")] string Details = "");

/// <summary>The <c>ErrorList</c> body of every SP-API failure: <c>{"errors": [...]}</c>.</summary>
public sealed record SpApiErrorList([property: JsonPropertyName("errors")] IReadOnlyList<SpApiError> Errors);
