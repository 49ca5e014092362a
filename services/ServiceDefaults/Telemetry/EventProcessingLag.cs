using System.Diagnostics.Metrics;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>
/// How far the forwarder (the outbox) and the asynchronous projections are behind the event store: Marten's high
/// water mark minus each shard's progression, read every few seconds (an observable gauge must answer without I/O).
/// </summary>
public sealed class EventProcessingLag : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly ILogger<EventProcessingLag> _logger;
    private volatile IReadOnlyList<Measurement<long>> _latest = [];

    public EventProcessingLag(NpgsqlDataSource dataSource, IDocumentStore store, ILogger<EventProcessingLag> logger)
    {
        _dataSource = dataSource;
        _schema = store.Options.Events.DatabaseSchemaName;
        _logger = logger;
        FulfillmentMetrics.Meter.CreateObservableGauge(
            "fulfillment.events.lag", () => _latest, "{event}",
            "Events committed but not yet processed, by forwarder or projection shard");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _latest = await ReadAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Before the daemon's first run the progression table may not exist yet.
                _logger.LogDebug(exception, "Reading the event progression failed");
            }

            await Task.Delay(Interval, stoppingToken);
        }
    }

    private async Task<IReadOnlyList<Measurement<long>>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"select name, last_seq_id from {_schema}.mt_event_progression");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var progression = new Dictionary<string, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            progression[reader.GetString(0)] = reader.GetInt64(1);
        }

        if (!progression.Remove("HighWaterMark", out var highWaterMark))
        {
            return [];
        }

        return
        [
            .. progression.Select(shard => new Measurement<long>(
                Math.Max(0, highWaterMark - shard.Value),
                new KeyValuePair<string, object?>("shard", shard.Key),
                new KeyValuePair<string, object?>("kind", shard.Key.StartsWith("EventForwarder", StringComparison.Ordinal) ? "forwarder" : "projection"))),
        ];
    }
}
