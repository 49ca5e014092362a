using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Fulfillment.IdentityProvider.Persistence;

/// <summary>Ready only while the provider's database answers: without it no client or token can be checked.</summary>
public sealed class DatabaseHealthCheck(IdentityDbContext database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await database.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy();
}
