namespace Fulfillment.IdentityProvider.Configuration;

/// <summary>The kinds of client the provider registers from configuration.</summary>
public static class ClientTypes
{
    /// <summary>Client credentials only, with a secret.</summary>
    public const string Machine = "machine";

    /// <summary>Authorization code with PKCE, with a secret (a server-side web application).</summary>
    public const string Web = "web";

    /// <summary>Authorization code with PKCE, without a secret.</summary>
    public const string Public = "public";
}
