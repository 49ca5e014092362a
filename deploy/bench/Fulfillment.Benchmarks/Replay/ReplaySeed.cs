using Fulfillment.OrderImport;
using Npgsql;
using NpgsqlTypes;

namespace Fulfillment.Benchmarks.Replay;

/// <summary>What <see cref="ReplaySeed"/> wrote: how many events and streams, in how many rounds of the templates.</summary>
public sealed record SeededEvents(long Events, long Streams, int Rounds, int FullRounds, double Seconds);

/// <summary>
/// Fills an empty OrderImport events table with exactly N events, bulk-copied from the template streams in rounds:
/// round r holds a copy of every template stream under the key <c>{key}-R{r}</c> (the order id rewritten inside each
/// event's JSON too) with a new event id, and its events take the sequence numbers <c>r * T + 1 ... (r + 1) * T</c> in
/// the order the live store committed the templates, so the copies interleave as the live orders did. The last round
/// stops at N: its streams end where the live ones stood at that point of the run.
/// </summary>
public static class ReplaySeed
{
    private const string Schema = OrderImportStore.Schema;

    public static string CopyKey(string templateKey, int round) => $"{templateKey}-R{round}";

    public static async Task<SeededEvents> CopyAsync(
        string connectionString, TemplateStreams templates, long events, CancellationToken cancellationToken)
    {
        if (templates.Events.Count == 0)
        {
            throw new InvalidOperationException("The live store holds no order streams to copy: run the workflow first.");
        }

        var started = DateTimeOffset.UtcNow;
        var perRound = templates.Events.Count;
        var rounds = (int)((events + perRound - 1) / perRound);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var streams = await CopyStreamsAsync(connection, templates, events, rounds, cancellationToken);
        await CopyEventsAsync(connection, templates, events, rounds, cancellationToken);
        await using (var sequence = new NpgsqlCommand($"SELECT setval('{Schema}.mt_events_sequence', @last)", connection))
        {
            sequence.Parameters.AddWithValue("last", events);
            await sequence.ExecuteNonQueryAsync(cancellationToken);
        }

        // A store that has been running has its statistics and visibility map; a table just filled by COPY has neither.
        await using (var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {Schema}.mt_streams, {Schema}.mt_events", connection))
        {
            vacuum.CommandTimeout = 0;
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        var fullRounds = (int)(events / perRound);
        return new SeededEvents(events, streams, rounds, fullRounds, (DateTimeOffset.UtcNow - started).TotalSeconds);
    }

    private static async Task<long> CopyStreamsAsync(
        NpgsqlConnection connection, TemplateStreams templates, long events, int rounds, CancellationToken cancellationToken)
    {
        var byKey = templates.Streams.ToDictionary(stream => stream.Key);
        var written = 0L;
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {Schema}.mt_streams (id, type, version, timestamp, created, tenant_id) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var round = 0; round < rounds; round++)
        {
            // Each stream's version in this round: the highest version among the round's events of that stream.
            var versions = new Dictionary<string, long>();
            foreach (var template in RoundEvents(templates, events, round))
            {
                versions[template.StreamKey] = template.Version;
            }

            foreach (var (key, version) in versions)
            {
                var stream = byKey[key];
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(CopyKey(key, round), NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(importer, stream.Type, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(version, NpgsqlDbType.Bigint, cancellationToken);
                await importer.WriteAsync(stream.Timestamp, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(stream.Created, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(stream.TenantId, NpgsqlDbType.Varchar, cancellationToken);
                written++;
            }
        }

        await importer.CompleteAsync(cancellationToken);
        return written;
    }

    private static async Task CopyEventsAsync(
        NpgsqlConnection connection, TemplateStreams templates, long events, int rounds, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {Schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, " +
            "correlation_id, causation_id, headers, is_archived) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        var sequence = 0L;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var template in RoundEvents(templates, events, round))
            {
                var key = CopyKey(template.StreamKey, round);
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(++sequence, NpgsqlDbType.Bigint, cancellationToken);
                await importer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(key, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(template.Version, NpgsqlDbType.Bigint, cancellationToken);
                await importer.WriteAsync(template.Data.Replace(template.StreamKey, key, StringComparison.Ordinal), NpgsqlDbType.Jsonb, cancellationToken);
                await importer.WriteAsync(template.Type, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(template.Timestamp, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(template.TenantId, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(importer, template.DotnetType, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(importer, template.CorrelationId, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(importer, template.CausationId, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(importer, template.Headers, NpgsqlDbType.Jsonb, cancellationToken);
                await importer.WriteAsync(template.IsArchived, NpgsqlDbType.Boolean, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static IEnumerable<TemplateEvent> RoundEvents(TemplateStreams templates, long events, int round)
    {
        var perRound = templates.Events.Count;
        var inRound = (int)Math.Min(perRound, events - (long)round * perRound);
        return templates.Events.Take(inRound);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);
}
