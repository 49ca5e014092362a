namespace Fulfillment.SpApiSimulator.Clock;

/// <summary>
/// Amazon's wall clock: the system's, moved forward by whatever the admin API advanced it, so a test can let the
/// two-minute data delay (or a token's hour) pass without waiting. It never goes back, so dates Amazon gave out stay
/// in the past. Elapsed-time measurements (<see cref="TimeProvider.GetTimestamp"/>: rate-limit buckets, injected
/// delays) keep real time, so advancing the clock never lets a client exceed a usage plan.
/// </summary>
public sealed class SimulatorClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
