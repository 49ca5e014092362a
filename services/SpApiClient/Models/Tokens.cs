using System.Text.Json.Serialization;

namespace Fulfillment.SpApiClient.Models;

// Login With Amazon and the Tokens API 2021-03-01 shapes (tokens_2021-03-01.json).

public sealed record LwaTokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);

public sealed record RestrictedResource(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("path")] string Path);

public sealed record CreateRestrictedDataTokenRequest(
    [property: JsonPropertyName("restrictedResources")] IReadOnlyList<RestrictedResource> RestrictedResources);

public sealed record CreateRestrictedDataTokenResponse(
    [property: JsonPropertyName("restrictedDataToken")] string? RestrictedDataToken,
    [property: JsonPropertyName("expiresIn")] int? ExpiresIn);
