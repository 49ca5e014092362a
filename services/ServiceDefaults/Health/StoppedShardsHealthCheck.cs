using Fulfillment.ServiceDefaults.EventStore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Fulfillment.ServiceDefaults.Health;

/// <summary>Unhealthy while a shard of the event daemon (the forwarder above all) is stopped on an event, naming it.</summary>
public sealed class StoppedShardsHealthCheck(StoppedShards stopped) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(stopped.Current is { Count: > 0 } shards
            ? HealthCheckResult.Unhealthy(string.Join("; ", shards.Select(shard => $"{shard.Shard} {shard.Why}")))
            : HealthCheckResult.Healthy());
}
