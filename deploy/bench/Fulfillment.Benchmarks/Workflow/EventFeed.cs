using System.Text.Json;
using Npgsql;

namespace Fulfillment.Benchmarks.Workflow;

/// <summary>One committed event as a service's events table holds it.</summary>
public sealed record FeedEvent(long Sequence, string StreamKey, string Type, DateTimeOffset Timestamp, JsonElement Data);

/// <summary>
/// Follows a service's events table (Marten's <c>mt_events</c>) for some event types. Each read goes back a little
/// before the highest sequence seen, because a transaction that took a lower sequence can commit after a higher one;
/// events already seen are skipped by their sequence.
/// </summary>
public sealed class EventFeed(string connectionString, string schema, IReadOnlyList<string> types)
{
    private const long LateCommitMargin = 5000;
    private readonly HashSet<long> _seen = [];
    private long _highest;

    public async Task<IReadOnlyList<FeedEvent>> ReadNewAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT seq_id, stream_id, type, timestamp, data::text FROM {schema}.mt_events " +
            "WHERE seq_id > @from AND type = ANY(@types) ORDER BY seq_id",
            connection);
        command.Parameters.AddWithValue("from", Math.Max(0, _highest - LateCommitMargin));
        command.Parameters.AddWithValue("types", types.ToArray());
        var events = new List<FeedEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var sequence = reader.GetInt64(0);
            if (_seen.Contains(sequence))
            {
                continue;
            }

            using var data = JsonDocument.Parse(reader.GetString(4));
            events.Add(new FeedEvent(
                sequence, reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                data.RootElement.Clone()));
        }

        // Marked as seen only once the whole read succeeded: a read cut short (PostgreSQL restarting) is made again.
        foreach (var feedEvent in events)
        {
            _seen.Add(feedEvent.Sequence);
            _highest = Math.Max(_highest, feedEvent.Sequence);
        }

        return events;
    }

    /// <summary>Starts following from now: what the table holds already is not this run's.</summary>
    public async Task SkipExistingAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT coalesce(max(seq_id), 0) FROM {schema}.mt_events", connection);
        _highest = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        _seen.Clear();
        for (var sequence = Math.Max(0, _highest - LateCommitMargin) + 1; sequence <= _highest; sequence++)
        {
            _seen.Add(sequence);
        }
    }

    public static async Task<long> CountAllAsync(string connectionString, string schema, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {schema}.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
