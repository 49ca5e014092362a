using Npgsql;
using NpgsqlTypes;

namespace Fulfillment.Benchmarks.Replay;

/// <summary>What the rebuild left: one summary per seeded stream, and each complete copy equal to its template's summary.</summary>
/// <param name="Compared">The copies of complete rounds, compared with the live summary of their template.</param>
/// <param name="Unequal">How many of those differ (or have no live summary to compare with).</param>
/// <param name="Examples">A few that differ, with both summaries.</param>
public sealed record ReplayCheckReport(long Documents, long Streams, long Compared, long Unequal, IReadOnlyList<string> Examples)
{
    public bool Passed => Documents == Streams && Compared > 0 && Unequal == 0;
}

/// <summary>
/// Checks the rebuilt orders view: as many summaries as seeded streams, and every copy from a complete round equal, field
/// by field (jsonb equality), to the live summary of its template once the copy's key is put back to the template's.
/// The live summaries were kept inline as the orders came in, so the comparison also holds the rebuild to what the
/// service itself wrote.
/// </summary>
public static class ReplayCheck
{
    private const int ExamplesShown = 3;

    public static async Task<ReplayCheckReport> RunAsync(
        string replayConnection, string liveConnection, string summaryTable, TemplateStreams templates, SeededEvents seeded,
        CancellationToken cancellationToken)
    {
        var live = await LiveSummariesAsync(liveConnection, summaryTable, templates, cancellationToken);
        await using var connection = new NpgsqlConnection(replayConnection);
        await connection.OpenAsync(cancellationToken);
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE live_summary (id varchar PRIMARY KEY, data jsonb NOT NULL)", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var importer = await connection.BeginBinaryImportAsync("COPY live_summary (id, data) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (id, data) in live)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(id, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(data, NpgsqlDbType.Jsonb, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        var documents = await ScalarAsync(connection, $"SELECT count(*) FROM {summaryTable}", cancellationToken);
        await using var compare = new NpgsqlCommand(
            $"""
            WITH copy AS (
                SELECT id, data, substring(id FROM '^(.*)-R[0-9]+$') AS template, substring(id FROM '-R([0-9]+)$')::int AS round
                FROM {summaryTable})
            SELECT copy.id, copy.data::text, live_summary.data::text
            FROM copy LEFT JOIN live_summary ON live_summary.id = copy.template
            WHERE copy.round < @fullRounds
              AND (live_summary.data IS NULL OR replace(copy.data::text, copy.id, copy.template)::jsonb <> live_summary.data)
            """,
            connection);
        compare.Parameters.AddWithValue("fullRounds", seeded.FullRounds);
        var unequal = 0L;
        var examples = new List<string>();
        await using (var reader = await compare.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (++unequal <= ExamplesShown)
                {
                    examples.Add($"{reader.GetString(0)}: {reader.GetString(1)} is not {(reader.IsDBNull(2) ? "(no live summary)" : reader.GetString(2))}");
                }
            }
        }

        var compared = (long)seeded.FullRounds * templates.Streams.Count;
        return new ReplayCheckReport(documents, seeded.Streams, compared, unequal, examples);
    }

    private static async Task<List<(string Id, string Data)>> LiveSummariesAsync(
        string liveConnection, string summaryTable, TemplateStreams templates, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(liveConnection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT id, data::text FROM {summaryTable} WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", templates.Streams.Select(stream => stream.Key).ToArray());
        var summaries = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            summaries.Add((reader.GetString(0), reader.GetString(1)));
        }

        return summaries;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
