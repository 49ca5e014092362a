using Npgsql;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>A database of its own for one service in one test fixture, dropped afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _server;

    private TestDatabase(string name, string server)
    {
        Name = name;
        _server = server;
    }

    public string Name { get; }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = Name }.ConnectionString;

    /// <param name="server">The server's connection string; the one the tests share unless given.</param>
    public static async Task<TestDatabase> CreateAsync(string name, string? server = null)
    {
        var database = new TestDatabase(name, server ?? TestInfrastructure.PostgresServer);
        await using var connection = await database.OpenServerConnectionAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>Reads one value, for tests that check what a service stored (never to change it).</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Sets up a state no API can reach (a polling watermark ahead of Amazon's clock, as after Amazon's clock went
    /// back); never to check what a service stored.
    /// </summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = await OpenServerConnectionAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<NpgsqlConnection> OpenServerConnectionAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
