namespace Fulfillment.ServiceDefaults.Workers;

/// <summary>
/// How long background work waits after its <c>n</c>-th failure in a row: doubling from <see cref="First"/> up to
/// <see cref="Longest"/>, with jitter so that replicas and workers that failed together (a database restart) do not
/// all come back at the same instant.
/// </summary>
public static class RetryPause
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    public static TimeSpan After(int failuresInARow)
    {
        var doublings = Math.Clamp(failuresInARow - 1, 0, 16);
        var ceiling = Math.Min(First.Ticks * (1L << doublings), Longest.Ticks);
        // Half fixed, half random: never shorter than half the ceiling, so a failing loop cannot spin.
        return TimeSpan.FromTicks(ceiling / 2 + Random.Shared.NextInt64(ceiling / 2 + 1));
    }
}
