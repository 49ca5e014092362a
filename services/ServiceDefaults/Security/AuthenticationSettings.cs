namespace Fulfillment.ServiceDefaults.Security;

/// <summary>
/// Where access tokens come from (configuration section <c>Authentication</c>, e.g. <c>Authentication__Authority</c>):
/// the OpenID provider that signs them, the audience they must name, and the claim that carries a person's roles.
/// </summary>
public sealed class AuthenticationSettings
{
    public const string SectionName = "Authentication";

    /// <summary>The provider's issuer URL; its discovery document and signing keys are read from there.</summary>
    public string? Authority { get; set; }

    public string Audience { get; set; } = "fulfillment";

    /// <summary>False only for a provider on the loopback interface without TLS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public string RoleClaim { get; set; } = "role";
}
