namespace Fulfillment.IdentityProvider.Persistence;

/// <summary>An RSA private key the provider generated for itself, kept so that restarts and replicas share it.</summary>
public sealed class ProviderKey
{
    /// <summary><see cref="KeyPurposes.Signing"/> or <see cref="KeyPurposes.Encryption"/>.</summary>
    public required string Purpose { get; init; }

    /// <summary>PKCS#8 PEM.</summary>
    public required string PrivateKeyPem { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

public static class KeyPurposes
{
    public const string Signing = "signing";
    public const string Encryption = "encryption";
}
