using Npgsql;

namespace Fulfillment.IdentityProvider.Persistence;

/// <summary>
/// A session-level PostgreSQL advisory lock on the provider's database, so that replicas starting together create
/// the schema, the keys and the clients one after the other instead of racing.
/// </summary>
public sealed class DatabaseLock : IAsyncDisposable
{
    // Any constant shared by every replica; "IdP" in ASCII.
    private const long LockKey = 0x496450;

    private readonly NpgsqlConnection _connection;

    private DatabaseLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<DatabaseLock> AcquireAsync(string connectionString, CancellationToken cancellation)
    {
        await EnsureDatabaseExistsAsync(connectionString, cancellation);
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteNonQueryAsync(cancellation);
        return new DatabaseLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the session releases the lock too; unlocking first returns it sooner to a pooled connection.
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection))
        {
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync();
        }

        await _connection.DisposeAsync();
    }

    /// <summary>The lock lives in the database, so the database must exist first; two replicas may both try.</summary>
    private static async Task EnsureDatabaseExistsAsync(string connectionString, CancellationToken cancellation)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database ?? throw new InvalidOperationException("ConnectionStrings:Postgres names no database.");
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellation);
        }
        catch (PostgresException)
        {
            // No access to the maintenance database: the database is expected to exist already.
            return;
        }

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellation) is not null)
        {
            return;
        }

        try
        {
            await using var create = new NpgsqlCommand(
                $"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellation);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another replica created it first.
        }
    }
}
