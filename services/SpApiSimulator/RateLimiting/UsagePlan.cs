using System.Globalization;

namespace Fulfillment.SpApiSimulator.RateLimiting;

/// <summary>Amazon's token bucket for one operation: <paramref name="Rate"/> requests per second, up to <paramref name="Burst"/> at once.</summary>
public sealed record UsagePlan(double Rate, int Burst)
{
    /// <summary>The value of <c>x-amzn-RateLimit-Limit</c>: the rate, as Amazon writes it (e.g. <c>0.0167</c>).</summary>
    public string RateLimitHeader => Rate.ToString("0.######", CultureInfo.InvariantCulture);
}
