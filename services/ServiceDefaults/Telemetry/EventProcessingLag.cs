using System.Diagnostics.Metrics;
using Fulfillment.ServiceDefaults.EventStore;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>
/// How far the forwarder (the outbox) and the asynchronous projections are behind the event store: Marten's high
/// water mark minus each shard's progression, read every few seconds (an observable gauge must answer without I/O).
/// </summary>
public sealed class EventProcessingLag(
    NpgsqlDataSource dataSource, IDocumentStore store, IServiceProvider services, ILogger<EventProcessingLag> logger)
    : PeriodicGauge(
        "fulfillment.events.lag", "{event}", "Events committed but not yet processed, by forwarder or projection shard",
        TimeSpan.FromSeconds(5), logger)
{
    private const string HighWaterMarkRow = "HighWaterMark";
    private const string ForwarderShard = EventForwarder.SubscriptionId + ":All";

    private readonly string _schema = store.Options.Events.DatabaseSchemaName;
    private readonly bool _forwards = services.GetService<IntegrationEventMap>() is not null;

    /// <remarks>Before the daemon's first run the progression table may not exist yet: the read fails until it does.</remarks>
    protected override async Task<IReadOnlyList<Measurement<long>>> MeasureAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"select name, last_seq_id from {_schema}.mt_event_progression");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var progression = new Dictionary<string, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            progression[reader.GetString(0)] = reader.GetInt64(1);
        }

        // Before the first event (or the daemon's first look) there is no high water mark row yet.
        if (!progression.Remove(HighWaterMarkRow, out var highWaterMark))
        {
            await using var newest = dataSource.CreateCommand($"select coalesce(max(seq_id), 0) from {_schema}.mt_events");
            highWaterMark = (long)(await newest.ExecuteScalarAsync(cancellationToken))!;
        }

        if (_forwards)
        {
            // A forwarder that has not stored progress yet has published nothing.
            progression.TryAdd(ForwarderShard, 0);
        }

        return
        [
            .. progression.Select(shard => new Measurement<long>(
                Math.Max(0, highWaterMark - shard.Value),
                new KeyValuePair<string, object?>("shard", shard.Key),
                new KeyValuePair<string, object?>("kind", shard.Key.StartsWith(EventForwarder.SubscriptionId, StringComparison.Ordinal) ? "forwarder" : "projection"))),
        ];
    }
}
