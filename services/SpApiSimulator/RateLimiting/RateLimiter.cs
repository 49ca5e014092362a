using System.Collections.Concurrent;

namespace Fulfillment.SpApiSimulator.RateLimiting;

/// <summary>One token bucket per selling partner and operation, as Amazon applies its usage plans.</summary>
public sealed class RateLimiter(UsagePlans plans, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string SellerId, string OperationId), TokenBucket> _buckets = new();

    public bool TryAcquire(string sellerId, string operationId) =>
        _buckets.GetOrAdd((sellerId, operationId), key => new TokenBucket(plans[key.OperationId], clock)).TryTake();

    /// <summary>Every bucket full again, as after a long quiet period.</summary>
    public void Reset() => _buckets.Clear();
}
