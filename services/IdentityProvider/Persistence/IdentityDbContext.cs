using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Fulfillment.IdentityProvider.Persistence;

/// <summary>
/// The provider's own database: OpenIddict's applications, scopes, authorizations and tokens, its signing and
/// encryption keys, and the data-protection keys behind its cookie and anti-forgery tokens.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<ProviderKey> ProviderKeys => Set<ProviderKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ProviderKey>(key =>
        {
            key.ToTable("provider_keys");
            key.HasKey(entity => entity.Purpose);
        });
    }

    /// <summary>The options every context of the provider is built with, inside and outside the host.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).UseOpenIddict();
}
