namespace Fulfillment.IdentityProvider.Configuration;

/// <summary>The provider's settings (section <c>IdentityProvider</c>), described in this service's README.</summary>
public sealed class IdentityProviderOptions
{
    public const string Section = "IdentityProvider";

    /// <summary>The issuer written in tokens and discovery; the request's own URL when absent.</summary>
    public Uri? Issuer { get; set; }

    public bool RequireHttps { get; set; } = true;

    public int AccessTokenLifetimeMinutes { get; set; } = 60;

    /// <summary>An RSA private key in PEM; generated and kept in the database when absent.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An RSA private key in PEM; generated and kept in the database when absent.</summary>
    public string? EncryptionKey { get; set; }

    public SignInLimits SignIn { get; set; } = new();

    public List<PersonSettings> Users { get; set; } = [];

    public List<ClientSettings> Clients { get; set; } = [];
}

public sealed class SignInLimits
{
    public int AttemptsPerMinutePerUser { get; set; } = 5;

    public int AttemptsPerMinutePerAddress { get; set; } = 5;
}

public sealed class PersonSettings
{
    public string Name { get; set; } = "";

    public string Password { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}

public sealed class ClientSettings
{
    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    /// <summary><c>machine</c>, <c>web</c> or <c>public</c>.</summary>
    public string Type { get; set; } = "";

    public List<string> Scopes { get; set; } = [];

    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];

    /// <summary>A loopback redirect URI matches whatever its port (RFC 8252 §7.3).</summary>
    public bool AllowLoopbackRedirectPorts { get; set; }
}
