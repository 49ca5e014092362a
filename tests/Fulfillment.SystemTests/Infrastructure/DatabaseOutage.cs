using Npgsql;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>
/// One service's database made unreachable while the shared PostgreSQL server keeps serving every other test: new
/// connections to it are refused and the open ones are ended, as a service sees its database when the server is down.
/// Ended on dispose at the latest.
/// </summary>
public sealed class DatabaseOutage : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private bool _ended;

    private DatabaseOutage(TestDatabase database) => _database = database;

    public static async Task<DatabaseOutage> BeginAsync(TestDatabase database)
    {
        await ExecuteAsync($"ALTER DATABASE \"{database.Name}\" WITH ALLOW_CONNECTIONS false");
        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database.Name}'");
        return new DatabaseOutage(database);
    }

    public async Task EndAsync()
    {
        if (!_ended)
        {
            await ExecuteAsync($"ALTER DATABASE \"{_database.Name}\" WITH ALLOW_CONNECTIONS true");
            _ended = true;
        }
    }

    public async ValueTask DisposeAsync() => await EndAsync();

    private static async Task ExecuteAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(TestInfrastructure.PostgresServer) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
