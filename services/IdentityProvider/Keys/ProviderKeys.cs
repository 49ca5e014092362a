using System.Security.Cryptography;
using Fulfillment.IdentityProvider.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Fulfillment.IdentityProvider.Keys;

/// <summary>
/// The provider's signing and encryption keys: from configuration when given, otherwise generated once and kept in
/// the provider's database, so that tokens signed before a restart, or by another replica, still validate.
/// Nothing here ever writes a key to a log or to the local disk.
/// </summary>
public sealed record ProviderKeys(RsaSecurityKey Signing, RsaSecurityKey Encryption)
{
    private const int KeySizeInBits = 2048;

    /// <summary>Call under <see cref="DatabaseLock"/>, so that only one replica generates a missing key.</summary>
    public static async Task<ProviderKeys> LoadAsync(
        IdentityDbContext database, string? configuredSigningKey, string? configuredEncryptionKey, CancellationToken cancellation) =>
        new(
            await LoadOneAsync(database, KeyPurposes.Signing, configuredSigningKey, cancellation),
            await LoadOneAsync(database, KeyPurposes.Encryption, configuredEncryptionKey, cancellation));

    private static async Task<RsaSecurityKey> LoadOneAsync(
        IdentityDbContext database, string purpose, string? configuredPem, CancellationToken cancellation)
    {
        if (!string.IsNullOrWhiteSpace(configuredPem))
        {
            return FromPem(configuredPem);
        }

        var stored = await database.ProviderKeys.AsNoTracking()
            .SingleOrDefaultAsync(key => key.Purpose == purpose, cancellation);
        if (stored is not null)
        {
            return FromPem(stored.PrivateKeyPem);
        }

        using var rsa = RSA.Create(KeySizeInBits);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        database.ProviderKeys.Add(new ProviderKey { Purpose = purpose, PrivateKeyPem = pem, CreatedAt = DateTimeOffset.UtcNow });
        await database.SaveChangesAsync(cancellation);
        return FromPem(pem);
    }

    private static RsaSecurityKey FromPem(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var key = new RsaSecurityKey(rsa);
        // A key id derived from the public key alone: the same on every replica and after every restart.
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
