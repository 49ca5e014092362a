using System.Collections.Concurrent;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>One shard of the daemon (the forwarder, a subscription, a projection) stopped on an event it could not take.</summary>
/// <param name="Why">What failed and on which event, in words an operator can act on.</param>
public sealed record StoppedShard(string Shard, long? Sequence, string Why, DateTimeOffset Since);

/// <summary>The shards of this process's daemon that are stopped now, as <see cref="StoppedShardWatch"/> last saw them.</summary>
public sealed class StoppedShards
{
    private readonly ConcurrentDictionary<string, StoppedShard> _stopped = new(StringComparer.Ordinal);

    public IReadOnlyList<StoppedShard> Current => [.. _stopped.Values.OrderBy(shard => shard.Shard, StringComparer.Ordinal)];

    /// <summary>Whether the shard is known stopped on that event already (reported once, not at every look).</summary>
    public bool IsKnown(string shard, long? sequence) =>
        _stopped.TryGetValue(shard, out var known) && known.Sequence == sequence;

    public void Stopped(StoppedShard shard) => _stopped[shard.Shard] = shard;

    /// <summary>Forgets the shards this process no longer runs (its daemon lost the leadership to another node).</summary>
    public void KeepOnly(IReadOnlyCollection<string> running)
    {
        foreach (var shard in _stopped.Keys.Where(shard => !running.Contains(shard)))
        {
            _stopped.TryRemove(shard, out _);
        }
    }

    /// <returns>True when the shard was stopped until now.</returns>
    public bool Running(string shard) => _stopped.TryRemove(shard, out _);
}
