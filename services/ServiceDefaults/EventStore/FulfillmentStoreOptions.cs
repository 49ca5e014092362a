using Fulfillment.ServiceDefaults.Operations.History;
using JasperFx;
using JasperFx.Events;
using JasperFx.OpenTelemetry;
using Marten;
using Weasel.Core;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// The Marten options every service's event store shares, whoever builds the store: the service through
/// <see cref="EventStoreRegistration.AddFulfillmentEventStore"/>, or a tool that must read and project the same events
/// the same way (the replay benchmark).
/// </summary>
public static class FulfillmentStoreOptions
{
    /// <summary>
    /// String stream keys, event metadata and headers on, System.Text.Json with enums as strings, schema objects
    /// created or updated, the daemon's latency settings and Marten's telemetry.
    /// </summary>
    public static void Apply(StoreOptions options)
    {
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.IgnoreIndex(OrderHistoryIndex.Name);
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString);
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        ConfigureDaemonLatency(options);
        StopOnEveryEventError(options);
        options.OpenTelemetry.TrackConnections = TrackLevel.Normal;
        options.OpenTelemetry.TrackEventCounters();
    }

    /// <summary>
    /// An event the forwarder or a projection cannot read (its body does not deserialize, its type is unknown to this
    /// build) or cannot handle (its mapping or Apply throws) stops that shard where it is, loudly
    /// (<see cref="StoppedShards"/>: a log line naming the event, <c>/health</c> 503, the lag metric growing), and it
    /// is tried again until it goes through. Marten's continuous defaults skip all three to its dead-letter table
    /// and move on, which would lose a contract for good and publish what follows out of order. Rebuilds already stop
    /// by default; set here too so that no default decides it.
    /// </summary>
    private static void StopOnEveryEventError(StoreOptions options)
    {
        foreach (var errors in new[] { options.Projections.Errors, options.Projections.RebuildErrors })
        {
            errors.SkipApplyErrors = false;
            errors.SkipSerializationErrors = false;
            errors.SkipUnknownEvents = false;
        }
    }

    /// <summary>
    /// How soon a committed event reaches the forwarder and the async projections.
    /// <list type="bullet">
    /// <item>The daemon looks for new events every 50 ms while events keep coming and every 100 ms when quiet
    /// (Marten: 250 ms and 1 s). Each look is one small query per service (10 to 20 a second), a fixed cost whatever
    /// the load; an order crosses three such looks between Amazon's Unshipped and its Commerce order.
    /// Marten's LISTEN/NOTIFY wake-up was tried instead: it adds a NOTIFY to every append, and PostgreSQL serializes
    /// the commits of notifying transactions of the whole cluster on one lock, so the cost grows with the load.</item>
    /// <item>A rolled-back append (a conflict, a failed consumer) leaves a hole in the event sequence. The daemon
    /// holds before a hole until it is sure nothing will fill it, then skips it. Marten's default waits 3 s before
    /// even asking, which every forwarder hop after a rollback paid. We ask after 500 ms, and the skip still needs
    /// PostgreSQL's evidence that no transaction that could fill the hole is alive (pg_locks, pg_stat_activity and
    /// the snapshot's in-progress list): a slow transaction that is still appending is waited out, however long,
    /// because no cap on that wait is set (SkipStaleGapsDespiteLiveTransactionsAfter stays null). So a shorter
    /// threshold costs a few more of those probes while a hole is young, never a skipped event. Without that
    /// evidence (UseTransactionEvidenceForGapSkipping off) 500 ms would risk skipping the event of a transaction
    /// slower than that, which is why it is set on explicitly here.</item>
    /// </list>
    /// </summary>
    private static void ConfigureDaemonLatency(StoreOptions options)
    {
        options.Projections.FastPollingTime = TimeSpan.FromMilliseconds(50);
        options.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(100);
        options.Projections.UseTransactionEvidenceForGapSkipping = true;
        options.Projections.SkipStaleGapsDespiteLiveTransactionsAfter = null;
        options.Projections.StaleSequenceThreshold = TimeSpan.FromMilliseconds(500);
    }
}
