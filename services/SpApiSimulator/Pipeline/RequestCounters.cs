using System.Collections.Concurrent;

namespace Fulfillment.SpApiSimulator.Pipeline;

/// <summary>How a request to an operation ended, as far as Amazon's gateway is concerned.</summary>
public enum RequestOutcome
{
    /// <summary>Passed the token check, the rate limit and fault injection, and got the operation's own answer.</summary>
    Accepted,

    /// <summary>Refused by the usage plan's token bucket (429): the caller went over the rate limit.</summary>
    Throttled,

    /// <summary>Answered with an injected fault (429, 500 or 503) instead of the operation's answer.</summary>
    Faulted,

    /// <summary>Refused for a missing, unknown, expired or wrong kind of token (403; 400/401 for LWA).</summary>
    Unauthorized,
}

public sealed record OperationCounts(long Accepted, long Throttled, long Faulted, long Unauthorized, long Delayed);

/// <summary>
/// Requests per operation and outcome, so tests can prove that a client never went over a rate limit
/// (<see cref="RequestOutcome.Throttled"/> stays zero) and that every injected fault was seen.
/// </summary>
public sealed class RequestCounters
{
    // One slot per outcome, then one for delays.
    private const int DelayedSlot = 4;

    private readonly ConcurrentDictionary<string, long[]> _counts = new(StringComparer.Ordinal);

    public void Count(string operationId, RequestOutcome outcome) =>
        Interlocked.Increment(ref Counts(operationId)[(int)outcome]);

    /// <summary>An injected delay: the request is still answered, late, and also counted by its outcome.</summary>
    public void CountDelay(string operationId) =>
        Interlocked.Increment(ref Counts(operationId)[DelayedSlot]);

    public IReadOnlyDictionary<string, OperationCounts> Snapshot() =>
        _counts.OrderBy(entry => entry.Key, StringComparer.Ordinal).ToDictionary(
            entry => entry.Key,
            entry => new OperationCounts(
                Interlocked.Read(ref entry.Value[(int)RequestOutcome.Accepted]),
                Interlocked.Read(ref entry.Value[(int)RequestOutcome.Throttled]),
                Interlocked.Read(ref entry.Value[(int)RequestOutcome.Faulted]),
                Interlocked.Read(ref entry.Value[(int)RequestOutcome.Unauthorized]),
                Interlocked.Read(ref entry.Value[DelayedSlot])));

    public void Reset() => _counts.Clear();

    private long[] Counts(string operationId) => _counts.GetOrAdd(operationId, _ => new long[DelayedSlot + 1]);
}
