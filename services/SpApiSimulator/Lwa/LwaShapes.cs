using System.Text.Json.Serialization;

namespace Fulfillment.SpApiSimulator.Lwa;

/// <summary>A successful refresh, as LWA answers it.</summary>
public sealed record LwaTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string RefreshToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>An OAuth 2.0 error, as LWA answers it.</summary>
public sealed record LwaError(
    [property: JsonPropertyName("error_description")] string ErrorDescription,
    [property: JsonPropertyName("error")] string Error);
