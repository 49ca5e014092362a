using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// A PostgreSQL session advisory lock: among the replicas of a service sharing one database, at most one runs
/// the work at a time; the others skip it. The lock ends with the connection, so a crashed holder frees it.
/// </summary>
public sealed class AdvisoryLock(NpgsqlDataSource dataSource)
{
    /// <returns>True when the work ran; false when another holder had the lock.</returns>
    public async Task<bool> TryRunExclusiveAsync(string name, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var key = KeyOf(name);
        await using (var tryLock = new NpgsqlCommand("select pg_try_advisory_lock($1)", connection))
        {
            tryLock.Parameters.AddWithValue(key);
            if (await tryLock.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return false;
            }
        }

        try
        {
            await work(cancellationToken);
            return true;
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("select pg_advisory_unlock($1)", connection);
            unlock.Parameters.AddWithValue(key);
            await unlock.ExecuteScalarAsync(CancellationToken.None);
        }
    }

    /// <summary>A stable 64-bit key for a name (string.GetHashCode differs between processes).</summary>
    private static long KeyOf(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}
