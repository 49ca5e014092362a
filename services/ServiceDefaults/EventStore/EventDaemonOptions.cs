namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>How a stopped shard of the event daemon is watched, from the <c>EventDaemon</c> section (<c>EventDaemon__StoppedShardRetryInterval</c>).</summary>
public sealed class EventDaemonOptions
{
    public const string Section = "EventDaemon";

    /// <summary>How often the daemon's shards are looked at.</summary>
    public TimeSpan StoppedShardCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a stopped shard waits before it tries its event again.</summary>
    public TimeSpan StoppedShardRetryInterval { get; set; } = TimeSpan.FromSeconds(30);
}
