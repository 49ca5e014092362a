using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiClient;

/// <summary>One token bucket per seller account and operation, as Amazon counts them.</summary>
public sealed class SpApiRateLimits(IOptions<SpApiOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string SellerId, string Operation), TokenBucket> _buckets = new();

    public TokenBucket For(string sellerId, string operation) =>
        _buckets.GetOrAdd((sellerId, operation), key => new TokenBucket(PlanOf(key.Operation), options.Value.UsagePlanShare, clock));

    private UsagePlan PlanOf(string operation) =>
        options.Value.UsagePlans.TryGetValue(operation, out var configured) ? configured
        : SpApiOperation.DefaultUsagePlans.TryGetValue(operation, out var published) ? published
        : new UsagePlan(0.5, 1);
}
