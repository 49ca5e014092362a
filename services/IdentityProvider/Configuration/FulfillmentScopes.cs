using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Fulfillment.IdentityProvider.Configuration;

/// <summary>The scopes and the one resource Fulfillment's tokens are for (docs/security.md).</summary>
public static class FulfillmentScopes
{
    /// <summary>The audience every access token names.</summary>
    public const string Resource = "fulfillment";

    /// <summary>The permissions a machine may be granted, one scope each.</summary>
    public static readonly IReadOnlyList<string> Permissions =
    [
        "orders.read", "orders.buyer", "orders.act", "commerce.ship", "commerce.catalog", "fulfillment.admin",
    ];

    /// <summary>What a person's client may ask for: their permissions come from their roles, never from scopes.</summary>
    public static readonly IReadOnlyList<string> PersonScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Roles];

    public static IEnumerable<string> All => PersonScopes.Concat(Permissions);
}
