namespace Fulfillment.Operator.Authentication;

/// <summary>
/// A machine's identity at the OpenID provider (OAuth 2.0 client credentials) and the scopes it asks for.
/// <paramref name="Authority"/> is the provider's issuer URL; its token endpoint is read from the discovery document.
/// </summary>
public sealed record ClientCredentials(Uri Authority, string ClientId, string ClientSecret, string Scope)
{
    /// <summary>Every permission's scope: what the operations client of the launcher is granted.</summary>
    public const string AllScopes = "orders.read orders.buyer orders.act commerce.ship commerce.catalog fulfillment.admin";

    /// <summary>
    /// The credentials from <c>{prefix}AUTHORITY</c>, <c>{prefix}CLIENT_ID</c>, <c>{prefix}CLIENT_SECRET</c> and the
    /// optional <c>{prefix}SCOPE</c> (default: every scope), or null when no authority is set.
    /// </summary>
    public static ClientCredentials? FromEnvironment(Func<string, string?> variable, string prefix)
    {
        var authority = variable($"{prefix}AUTHORITY");
        if (string.IsNullOrWhiteSpace(authority))
        {
            return null;
        }

        return new ClientCredentials(
            new Uri(authority),
            Required(variable, $"{prefix}CLIENT_ID"),
            Required(variable, $"{prefix}CLIENT_SECRET"),
            variable($"{prefix}SCOPE") is { Length: > 0 } scope ? scope : AllScopes);
    }

    // The secret never goes into a message; only the name of the missing setting does.
    private static string Required(Func<string, string?> variable, string name) =>
        variable(name) is { Length: > 0 } value
            ? value
            : throw new ArgumentException($"{name} is not set (the client credentials need an id and a secret).");

    public override string ToString() => $"ClientCredentials {{ Authority = {Authority}, ClientId = {ClientId}, Scope = {Scope} }}";
}
