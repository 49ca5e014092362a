using Fulfillment.IdentityProvider.Configuration;
using Fulfillment.IdentityProvider.Keys;
using Microsoft.EntityFrameworkCore;

namespace Fulfillment.IdentityProvider.Persistence;

/// <summary>Makes the provider's database ready before the host is built: its schema and its keys.</summary>
public static class ProviderDatabase
{
    public static async Task<ProviderKeys> PrepareAsync(
        string connectionString, IdentityProviderOptions options, CancellationToken cancellation)
    {
        await using var databaseLock = await DatabaseLock.AcquireAsync(connectionString, cancellation);
        var contextOptions = new DbContextOptionsBuilder<IdentityDbContext>();
        IdentityDbContext.Configure(contextOptions, connectionString);
        await using var database = new IdentityDbContext(contextOptions.Options);
        // The provider is a small, self-contained store; its schema is created whole rather than migrated.
        await database.Database.EnsureCreatedAsync(cancellation);
        return await ProviderKeys.LoadAsync(database, options.SigningKey, options.EncryptionKey, cancellation);
    }
}
