namespace Fulfillment.Benchmarks.Measurements;

/// <summary>p50/p95/p99 (nearest rank) of durations, in milliseconds, and how many durations there were.</summary>
public sealed record Percentiles(int Count, double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Select(duration => duration.TotalMilliseconds).Order().ToList();
        if (sorted.Count == 0)
        {
            return new Percentiles(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double Rank(double share) => sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
        return new Percentiles(sorted.Count, Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1]);
    }
}
