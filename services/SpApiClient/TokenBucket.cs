namespace Fulfillment.SpApiClient;

/// <summary>
/// Amazon's rate-limiting model: a bucket of <c>burst</c> tokens refilled at <c>rate</c> per second; a request
/// takes one. Callers wait for a token instead of being throttled. The bucket holds and refills only
/// <paramref name="share"/> of Amazon's: a client using Amazon's bucket to the last token would be throttled
/// whenever requests arrive a little closer together than they were sent (a pause between taking a token and
/// sending), so Amazon's bucket always keeps a reserve that absorbs it.
/// </summary>
public sealed class TokenBucket(UsagePlan plan, double share, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private readonly double _capacity = Math.Max(1, Math.Floor(plan.Burst * share));
    private double _tokens = Math.Max(1, Math.Floor(plan.Burst * share));
    private double _rate = plan.Rate * share;
    private long _lastRefill = clock.GetTimestamp();

    /// <summary>
    /// Takes a token now, or says how long to wait before asking again. The answer is a flag, not a zero wait: a
    /// bucket a hair short of a token needs a wait too small for a <see cref="TimeSpan"/>, and must not count as taken.
    /// </summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            Refill();
            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromTicks(Math.Max(1, (long)Math.Ceiling((1 - _tokens) / _rate * TimeSpan.TicksPerSecond)));
            return false;
        }
    }

    /// <summary>Amazon answered with the rate it applies to this account (<c>x-amzn-RateLimit-Limit</c>).</summary>
    public void AdjustRate(double rate)
    {
        if (rate <= 0)
        {
            return;
        }

        lock (_lock)
        {
            Refill();
            _rate = rate * share;
        }
    }

    /// <summary>Amazon throttled a request: the bucket is empty, whatever our own count says.</summary>
    public void Drain()
    {
        lock (_lock)
        {
            Refill();
            _tokens = Math.Min(_tokens, 0);
        }
    }

    public async Task TakeAsync(CancellationToken cancellationToken)
    {
        while (!TryTake(out var wait))
        {
            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    private void Refill()
    {
        var now = clock.GetTimestamp();
        _tokens = Math.Min(_capacity, _tokens + clock.GetElapsedTime(_lastRefill, now).TotalSeconds * _rate);
        _lastRefill = now;
    }
}
