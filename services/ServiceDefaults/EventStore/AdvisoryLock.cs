using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// A PostgreSQL session advisory lock: among the replicas of a service sharing one database, at most one runs
/// the work at a time; the others skip it. The lock ends with the connection, so a crashed holder frees it.
/// </summary>
/// <remarks>
/// The lock ends with the connection also when the holder lives on: a PostgreSQL restart or a terminated backend
/// drops it, and another replica may take it. So the holder checks its connection every <see cref="CheckInterval"/>
/// while the work runs and cancels the work when the connection is gone (<see cref="AdvisoryLockLostException"/>).
/// A replica that takes a lock it did not hold at its previous attempt (a takeover) waits <see cref="TakeoverGrace"/>
/// before starting, longer than a lost holder takes to notice, so the two never work at the same time.
/// </remarks>
public sealed class AdvisoryLock(NpgsqlDataSource dataSource)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan TakeoverGrace = CheckInterval * 2;

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Whether this process held each lock at its last attempt: a lock taken otherwise is a takeover.</summary>
    private readonly ConcurrentDictionary<string, bool> _heldAtLastAttempt = new(StringComparer.Ordinal);

    /// <returns>True when the work ran; false when another holder had the lock.</returns>
    /// <exception cref="AdvisoryLockLostException">The lock was lost while the work ran; the work was cancelled.</exception>
    public async Task<bool> TryRunExclusiveAsync(string name, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var key = KeyOf(name);
        var heldBefore = _heldAtLastAttempt.TryGetValue(name, out var held) && held;
        var acquired = await TryLockAsync(connection, key, cancellationToken);
        _heldAtLastAttempt[name] = acquired;
        if (!acquired)
        {
            return false;
        }

        try
        {
            if (!heldBefore)
            {
                await Task.Delay(TakeoverGrace, cancellationToken);
            }

            await RunWhileHeldAsync(name, connection, work, cancellationToken);
            return true;
        }
        catch (AdvisoryLockLostException)
        {
            _heldAtLastAttempt[name] = false;
            throw;
        }
        finally
        {
            await UnlockAsync(connection, key);
        }
    }

    private static async Task RunWhileHeldAsync(
        string name, NpgsqlConnection connection, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        using var lockLost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var workDone = new CancellationTokenSource();
        var watch = WatchConnectionAsync(connection, lockLost, workDone.Token);
        try
        {
            await work(lockLost.Token);
        }
        catch (OperationCanceledException exception)
            when (lockLost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new AdvisoryLockLostException(name, exception);
        }
        finally
        {
            await workDone.CancelAsync();
            await watch;
        }

        if (lockLost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The work finished without looking at its token; it may have run without the lock for a moment.
            throw new AdvisoryLockLostException(name, null);
        }
    }

    /// <summary>Cancels <paramref name="lockLost"/> when the lock's connection stops answering.</summary>
    private static async Task WatchConnectionAsync(NpgsqlConnection connection, CancellationTokenSource lockLost, CancellationToken workDone)
    {
        try
        {
            while (true)
            {
                await Task.Delay(CheckInterval, workDone);
                await using var check = new NpgsqlCommand("select 1", connection);
                check.CommandTimeout = (int)CheckTimeout.TotalSeconds;
                // Not cancelled by workDone: a cancelled command may leave the connection unusable for the unlock.
                await check.ExecuteScalarAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (workDone.IsCancellationRequested)
        {
            // The work is over: nothing to watch.
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            await lockLost.CancelAsync();
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, long key, CancellationToken cancellationToken)
    {
        await using var tryLock = new NpgsqlCommand("select pg_try_advisory_lock($1)", connection);
        tryLock.Parameters.AddWithValue(key);
        return await tryLock.ExecuteScalarAsync(cancellationToken) is true;
    }

    private static async Task UnlockAsync(NpgsqlConnection connection, long key)
    {
        try
        {
            await using var unlock = new NpgsqlCommand("select pg_advisory_unlock($1)", connection);
            unlock.Parameters.AddWithValue(key);
            await unlock.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            // The connection is gone, and the lock with it; the pool discards a broken connection.
        }
    }

    /// <summary>A stable 64-bit key for a name (string.GetHashCode differs between processes).</summary>
    private static long KeyOf(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}
