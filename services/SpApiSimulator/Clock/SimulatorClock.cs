namespace Fulfillment.SpApiSimulator.Clock;

/// <summary>
/// Amazon's wall clock: the system's, moved forward by whatever the admin API advanced it (kept across restarts in
/// the simulator's database), so a test can let the
/// two-minute data delay (or a token's hour) pass without waiting. It never goes back, so dates Amazon gave out stay
/// in the past. Elapsed-time measurements (<see cref="TimeProvider.GetTimestamp"/>: rate-limit buckets, injected
/// delays) keep real time, so advancing the clock never lets a client exceed a usage plan.
/// </summary>
public sealed class SimulatorClock : TimeProvider
{
    public const string StateKind = "clock";
    public const string OffsetId = "offset";

    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <returns>How far the clock now runs ahead of the system's.</returns>
    public TimeSpan Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(by, TimeSpan.Zero);
        return TimeSpan.FromTicks(Interlocked.Add(ref _offsetTicks, by.Ticks));
    }

    /// <summary>The offset kept in the database, read back at start: Amazon's clock carries on where it was.</summary>
    public void Restore(TimeSpan offset) => Interlocked.Exchange(ref _offsetTicks, Math.Max(offset.Ticks, 0));
}
