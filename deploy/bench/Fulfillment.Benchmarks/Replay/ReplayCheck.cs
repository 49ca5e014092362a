using System.Text.Json.Nodes;
using Npgsql;

namespace Fulfillment.Benchmarks.Replay;

/// <summary>What the rebuild left: one summary per seeded stream, and a few copies equal to their template's summary.</summary>
/// <param name="Unequal">The copies whose summary differs from their template's, with both.</param>
public sealed record ReplayCheckReport(long Documents, long Streams, int SpotChecked, IReadOnlyList<string> Unequal)
{
    public bool Passed => Documents == Streams && Unequal.Count == 0;
}

/// <summary>
/// Checks the rebuilt orders view: as many summaries as seeded streams, and a handful of copies from complete rounds
/// equal, field by field, to the live summary of their template (the order id put back first).
/// </summary>
public static class ReplayCheck
{
    private const int SpotChecks = 8;

    public static async Task<ReplayCheckReport> RunAsync(
        string replayConnection, string liveConnection, string summaryTable, TemplateStreams templates, SeededEvents seeded,
        int seed, CancellationToken cancellationToken)
    {
        var documents = await ScalarAsync(replayConnection, $"SELECT count(*) FROM {summaryTable}", cancellationToken);
        var unequal = new List<string>();
        var random = new Random(seed);
        var checkedCopies = 0;
        for (var check = 0; check < SpotChecks && seeded.FullRounds > 0; check++)
        {
            var template = templates.Streams[random.Next(templates.Streams.Count)].Key;
            var copy = ReplaySeed.CopyKey(template, random.Next(seeded.FullRounds));
            var expected = await SummaryAsync(liveConnection, summaryTable, template, cancellationToken);
            var rebuilt = await SummaryAsync(replayConnection, summaryTable, copy, cancellationToken);
            var equal = expected is not null && rebuilt is not null &&
                JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(rebuilt.Replace(copy, template, StringComparison.Ordinal)));
            if (!equal)
            {
                unequal.Add($"{copy}: {rebuilt ?? "(missing)"} is not {template}: {expected ?? "(missing)"}");
            }

            checkedCopies++;
        }

        return new ReplayCheckReport(documents, seeded.Streams, checkedCopies, unequal);
    }

    private static async Task<string?> SummaryAsync(string connectionString, string table, string id, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT data::text FROM {table} WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
