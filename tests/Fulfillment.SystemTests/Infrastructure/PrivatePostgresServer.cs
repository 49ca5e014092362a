using System.Diagnostics;
using Npgsql;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>
/// A PostgreSQL server of one test's own, in a temporary folder on a free loopback port, for tests that stop, kill or
/// restart the server: doing that to the server the other tests share would fail them. Started as the launcher starts
/// its servers (as user <c>postgres</c> when the tests run as root, since PostgreSQL refuses to run as root).
/// </summary>
public sealed class PrivatePostgresServer : IAsyncDisposable
{
    private readonly string _folder;

    private PrivatePostgresServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Trusted on the loopback interface only: the server lives as long as the test and holds test data.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres";

    private string DataFolder => Path.Combine(_folder, "data");

    public static async Task<PrivatePostgresServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("fulfillment-pg-").FullName;
        var server = new PrivatePostgresServer(folder, LoopbackPorts.Next());
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:", folder);
        }

        await server.RunAsPostgresAsync(
            Path.Combine(BinFolder, "initdb"), "-D", server.DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8");
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again, after a stop or a kill) and returns once it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        await RunAsPostgresAsync(
            Path.Combine(BinFolder, "pg_ctl"), "-D", DataFolder, "-l", Path.Combine(_folder, "postgres.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c max_connections=100", "start");
        // Idle connections of this test process to the server before its restart are dead; none may be handed out.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Starts the server unless it answers already (e.g. in a clean-up after a test that killed it).</summary>
    public async Task EnsureStartedAsync()
    {
        if (!await AcceptsConnectionsAsync())
        {
            await StartAgainAsync();
        }
    }

    /// <summary>
    /// SIGKILL to the postmaster, as a crashed or killed server: its backends end, every connection is cut, and nothing
    /// answers on the port until <see cref="StartAgainAsync"/>.
    /// </summary>
    public async Task KillAsync()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(DataFolder, "postmaster.pid")).First());
        var children = await ChildrenOfAsync(postmaster);
        await RunAsync("kill", "-KILL", postmaster.ToString());
        // The backends notice their postmaster's death by themselves; a start before they are gone is refused.
        await Eventually.GetAsync(
            () => Task.FromResult(children.All(child => !File.Exists($"/proc/{child}/status")) ? "gone" : null),
            TimeSpan.FromSeconds(30), "the backends of the killed postmaster to end");
        await Eventually.GetAsync(
            async () => await AcceptsConnectionsAsync() ? null : "down", TimeSpan.FromSeconds(20), "PostgreSQL to stop answering");
    }

    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public string ConnectionStringOf(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsPostgresAsync(Path.Combine(BinFolder, "pg_ctl"), "-D", DataFolder, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Not running (a test killed it last): nothing to stop.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false;Timeout=2");
            await connection.OpenAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private static async Task<IReadOnlyList<int>> ChildrenOfAsync(int parent)
    {
        using var children = Process.Start(new ProcessStartInfo("pgrep", ["-P", parent.ToString()])
        {
            RedirectStandardOutput = true,
        })!;
        var output = await children.StandardOutput.ReadToEndAsync();
        await children.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
    }

    private static string BinFolder { get; } = Directory.GetDirectories("/usr/lib/postgresql")
        .Select(version => Path.Combine(version, "bin"))
        .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
        .OrderBy(bin => bin, StringComparer.Ordinal)
        .LastOrDefault() ?? throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb).");

    private Task RunAsPostgresAsync(params string[] command) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", .. command]) : RunAsync(command[0], command[1..]);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await errors}");
        }
    }
}
