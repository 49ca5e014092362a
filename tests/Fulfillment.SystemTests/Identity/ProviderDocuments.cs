using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fulfillment.SystemTests.Identity;

/// <summary>What a relying party reads from the provider: its discovery document and its published keys.</summary>
public static class ProviderDocuments
{
    public static async Task<JsonElement> DiscoveryAsync(ServiceProcess provider)
    {
        using var response = await provider.Http.GetAsync(".well-known/openid-configuration");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static async Task<JsonWebKeySet> KeysAsync(ServiceProcess provider)
    {
        var jwksUri = (await DiscoveryAsync(provider)).GetProperty("jwks_uri").GetString()!;
        return new JsonWebKeySet(await provider.Http.GetStringAsync(jwksUri));
    }

    /// <summary>Validates a token the way a service does: signature against the published keys, issuer, audience, lifetime.</summary>
    public static async Task<TokenValidationResult> ValidateAsync(ServiceProcess provider, string token, string audience = "fulfillment")
    {
        var discovery = await DiscoveryAsync(provider);
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidAudience = audience,
            IssuerSigningKeys = (await KeysAsync(provider)).GetSigningKeys(),
            ValidateLifetime = true,
        });
    }
}
