using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Fulfillment.Benchmarks.Raw;

/// <summary>
/// The machine's raw PostgreSQL limit: pgbench with 8 clients running an insert-only script (one durable commit per
/// insert of a ~200-byte row) against a scratch database of the same server, which is dropped afterwards.
/// </summary>
public static partial class PostgresInsertBaseline
{
    private const string ScratchDatabase = "fulfillment_bench_scratch";
    private const int Clients = 8;

    private const string InsertScript =
        "\\set n random(1, 1000000000)\n" +
        "INSERT INTO bench_insert (n, payload) VALUES (:n, repeat('x', 200));\n";

    public static async Task<RawRate> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        await RecreateScratchAsync(settings, cancellationToken);
        var script = Path.Combine(Path.GetTempPath(), $"fulfillment-bench-insert-{Environment.ProcessId}.sql");
        await File.WriteAllTextAsync(script, InsertScript, cancellationToken);
        try
        {
            var output = await RunPgbenchAsync(settings, script, cancellationToken);
            var tps = TransactionsPerSecond().Match(output);
            if (!tps.Success)
            {
                throw new InvalidOperationException($"pgbench printed no tps line:\n{output}");
            }

            return new RawRate(
                "pgbench insert-only", double.Parse(tps.Groups["tps"].Value, CultureInfo.InvariantCulture),
                $"{Clients} clients, {settings.RawRunLength.TotalSeconds:0} s, one INSERT per transaction");
        }
        finally
        {
            File.Delete(script);
            await DropScratchAsync(settings, cancellationToken);
        }
    }

    private static async Task<string> RunPgbenchAsync(BenchSettings settings, string script, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(settings.PostgresConnection);
        var start = new ProcessStartInfo(settings.PgbenchPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "-n", "-c", Clients.ToString(CultureInfo.InvariantCulture), "-j", "2",
            "-T", settings.RawRunLength.TotalSeconds.ToString("0", CultureInfo.InvariantCulture),
            "-f", script, "-h", connection.Host!, "-p", connection.Port.ToString(CultureInfo.InvariantCulture),
            "-U", connection.Username!, ScratchDatabase,
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pgbench did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pgbench exited with {process.ExitCode}:\n{await errors}");
        }

        return await output;
    }

    private static async Task RecreateScratchAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        await DropScratchAsync(settings, cancellationToken);
        await ExecuteAsync(settings.Database("postgres"), $"CREATE DATABASE {ScratchDatabase}", cancellationToken);
        await ExecuteAsync(
            settings.Database(ScratchDatabase),
            "CREATE TABLE bench_insert (id bigserial PRIMARY KEY, n bigint NOT NULL, payload text NOT NULL, " +
            "created_at timestamptz NOT NULL DEFAULT now())",
            cancellationToken);
    }

    private static Task DropScratchAsync(BenchSettings settings, CancellationToken cancellationToken) =>
        ExecuteAsync(settings.Database("postgres"), $"DROP DATABASE IF EXISTS {ScratchDatabase} WITH (FORCE)", cancellationToken);

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex(@"tps = (?<tps>[0-9.]+) \(without initial connection time\)")]
    private static partial Regex TransactionsPerSecond();
}
