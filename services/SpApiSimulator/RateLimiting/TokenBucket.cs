namespace Fulfillment.SpApiSimulator.RateLimiting;

/// <summary>
/// Amazon's rate limiter for one selling partner and operation: starts full at the burst, refills at the rate, and
/// a request that finds less than one token is throttled.
/// </summary>
public sealed class TokenBucket(UsagePlan plan, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private double _tokens = plan.Burst;
    private long _refilledAt = clock.GetTimestamp();

    public bool TryTake()
    {
        lock (_gate)
        {
            var now = clock.GetTimestamp();
            _tokens = Math.Min(plan.Burst, _tokens + clock.GetElapsedTime(_refilledAt, now).TotalSeconds * plan.Rate);
            _refilledAt = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }
}
