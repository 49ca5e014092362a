using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// Watches the shards this process's daemon runs. Marten pauses a shard on an event it cannot read or handle (the
/// store is told not to skip any: <see cref="FulfillmentStoreOptions"/>) and leaves it paused. This names the event in
/// a log line and in <c>/health</c> (through <see cref="StoppedShards"/>) and starts the shard again every
/// <see cref="EventDaemonOptions.StoppedShardRetryInterval"/>, so that it resumes by itself, from that same event, once
/// the event or the code is fixed; nothing after it goes out before it.
/// </summary>
public sealed class StoppedShardWatch(
    Marten.Events.Daemon.Coordination.IProjectionCoordinator coordinator, StoppedShards stopped, EventDaemonOptions options,
    NpgsqlDataSource dataSource, IDocumentStore store, TimeProvider clock, ILogger<StoppedShardWatch> logger) : BackgroundService
{
    private readonly string _schema = store.Options.Events.DatabaseSchemaName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.StoppedShardCheckInterval, clock);
        do
        {
            try
            {
                await LookAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not look at the event daemon's shards; looking again in {Interval}",
                    options.StoppedShardCheckInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task LookAsync(CancellationToken cancellationToken)
    {
        var daemon = coordinator.DaemonForMainDatabase();
        var agents = daemon.CurrentAgents();
        stopped.KeepOnly([.. agents.Select(agent => agent.Name.Identity)]);
        foreach (var agent in agents)
        {
            var shard = agent.Name.Identity;
            // A shard started again runs until it meets its event again: it is back only once it got past it.
            if (agent.Status == AgentStatus.Running && !IsBeforeItsFailedEvent(shard, agent.Position))
            {
                if (stopped.Running(shard))
                {
                    logger.LogInformation("Event shard {Shard} runs again", shard);
                }

                continue;
            }

            if (agent.Status == AgentStatus.Running)
            {
                continue;
            }

            var failure = agent.Failure;
            var since = failure?.OccurredAt ?? clock.GetUtcNow();
            var sequence = failure?.Event?.Sequence;
            if (!stopped.IsKnown(shard, sequence))
            {
                var @event = await IdentifyAsync(failure?.Event, cancellationToken);
                stopped.Stopped(new StoppedShard(shard, sequence, Describe(failure, @event), since));
                logger.LogCritical(
                    "Event shard {Shard} stopped at event {EventSequence} (id {EventId}, type {EventType}, stream {Stream}): {Failure}. " +
                    "Nothing after it is processed until it goes through; it is tried again every {RetryInterval}",
                    shard, @event?.Sequence, @event?.Id, @event?.Type, @event?.Stream, failure?.Message,
                    options.StoppedShardRetryInterval);
            }

            if (clock.GetUtcNow() - since >= options.StoppedShardRetryInterval)
            {
                await daemon.StartAgentAsync(shard, cancellationToken);
            }
        }
    }

    private bool IsBeforeItsFailedEvent(string shard, long position) =>
        stopped.Current.FirstOrDefault(known => known.Shard == shard) is { Sequence: { } failedAt } && position < failedAt;

    private sealed record FailedEvent(long Sequence, Guid? Id, string? Type, string? Stream);

    /// <summary>
    /// The failing event as an operator finds it. An event that cannot be deserialized is known to the daemon only by
    /// its sequence and type: its id and stream are read from its row.
    /// </summary>
    private async Task<FailedEvent?> IdentifyAsync(EventFailureDetails? details, CancellationToken cancellationToken)
    {
        if (details is null)
        {
            return null;
        }

        var known = new FailedEvent(
            details.Sequence, details.EventId, details.EventTypeName, details.StreamKey ?? details.StreamId?.ToString());
        if (known.Id is not null && known.Stream is not null)
        {
            return known;
        }

        try
        {
            await using var command = dataSource.CreateCommand(
                $"select id, stream_id::text, type from {_schema}.mt_events where seq_id = $1");
            command.Parameters.AddWithValue(details.Sequence);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? known with { Id = reader.GetGuid(0), Stream = reader.GetString(1), Type = reader.GetString(2) }
                : known;
        }
        catch (NpgsqlException exception)
        {
            logger.LogWarning(exception, "Could not read event {EventSequence} to name it", details.Sequence);
            return known;
        }
    }

    private static string Describe(ShardFailure? failure, FailedEvent? @event) => failure switch
    {
        null => "stopped",
        _ when @event is not null => $"stopped at event {@event.Sequence} (id {@event.Id}, type {@event.Type}, " +
            $"stream {@event.Stream}): {failure.Category}: {failure.Message}",
        _ => $"stopped: {failure.Category}: {failure.Message}",
    };
}
