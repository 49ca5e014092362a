using Fulfillment.OrderImport;
using Npgsql;

namespace Fulfillment.Benchmarks.Replay;

/// <summary>An order stream of the live store, copied under new keys to seed the replay database.</summary>
public sealed record TemplateStream(string Key, string? Type, DateTimeOffset Timestamp, DateTimeOffset Created, string TenantId);

/// <summary>One event of a template stream, every column the events table holds for it (<c>bdata</c> is unused).</summary>
public sealed record TemplateEvent(
    string StreamKey,
    long Version,
    string Data,
    string Type,
    DateTimeOffset Timestamp,
    string TenantId,
    string? DotnetType,
    string? CorrelationId,
    string? CausationId,
    string? Headers,
    bool IsArchived);

/// <summary>
/// Real order streams of OrderImport's live store, with their events in the order the store committed them, so that
/// copies keep the live mix of event types, stream lengths and interleaving.
/// </summary>
public sealed record TemplateStreams(IReadOnlyList<TemplateStream> Streams, IReadOnlyList<TemplateEvent> Events)
{
    private const string Schema = OrderImportStore.Schema;

    /// <summary>The given order streams, or the newest <paramref name="newest"/> order streams when none are given.</summary>
    public static async Task<TemplateStreams> ReadAsync(
        string connectionString, IReadOnlyCollection<string>? keys, int newest, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var streams = await ReadStreamsAsync(connection, keys, newest, cancellationToken);
        var events = await ReadEventsAsync(connection, streams.Select(stream => stream.Key).ToArray(), cancellationToken);
        return new TemplateStreams(streams, events);
    }

    private static async Task<List<TemplateStream>> ReadStreamsAsync(
        NpgsqlConnection connection, IReadOnlyCollection<string>? keys, int newest, CancellationToken cancellationToken)
    {
        await using var command = keys is null
            ? new NpgsqlCommand(
                $"SELECT id, type, timestamp, created, tenant_id FROM {Schema}.mt_streams " +
                "WHERE type = 'amazon_order' ORDER BY created DESC LIMIT @newest", connection)
            : new NpgsqlCommand(
                $"SELECT id, type, timestamp, created, tenant_id FROM {Schema}.mt_streams WHERE id = ANY(@keys)", connection);
        command.Parameters.AddWithValue("newest", newest);
        command.Parameters.AddWithValue("keys", keys?.ToArray() ?? []);
        var streams = new List<TemplateStream>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            streams.Add(new TemplateStream(
                reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4)));
        }

        return streams;
    }

    private static async Task<List<TemplateEvent>> ReadEventsAsync(
        NpgsqlConnection connection, string[] keys, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT stream_id, version, data::text, type, timestamp, tenant_id, mt_dotnet_type, correlation_id, causation_id, " +
            $"headers::text, is_archived FROM {Schema}.mt_events WHERE stream_id = ANY(@keys) ORDER BY seq_id",
            connection);
        command.Parameters.AddWithValue("keys", keys);
        var events = new List<TemplateEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
            events.Add(new TemplateEvent(
                reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5), Text(6), Text(7), Text(8), Text(9),
                !reader.IsDBNull(10) && reader.GetBoolean(10)));
        }

        return events;
    }
}
