using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.SystemTests.Infrastructure;
using Npgsql;

namespace Fulfillment.SystemTests.Outages;

/// <summary>
/// Singleton work (a store's poll, the confirmation sender) runs under a PostgreSQL advisory lock held by its
/// connection. When that connection drops (a PostgreSQL restart, a terminated backend) the lock is gone: the work must
/// stop, and another replica may take the lock, the two never running at the same time. Two replicas here are two
/// connection pools on a database of the test's own; only the holder's own backend is terminated.
/// </summary>
public sealed class AdvisoryLockLossTests
{
    private const string LockName = "order-poll:store-us";
    private TestDatabase _database = null!;
    private NpgsqlDataSource _replicaA = null!;
    private NpgsqlDataSource _replicaB = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = await TestDatabase.CreateAsync($"t{Guid.NewGuid():N}"[..13] + "_locks");
        _replicaA = NpgsqlDataSource.Create(_database.ConnectionString + ";Application Name=replica-a");
        _replicaB = NpgsqlDataSource.Create(_database.ConnectionString + ";Application Name=replica-b");
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await _replicaA.DisposeAsync();
        await _replicaB.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task Given_a_replica_running_locked_work_When_its_lock_connection_is_terminated_Then_its_work_is_cancelled_and_the_other_replica_takes_over_without_overlap()
    {
        var work = new ExclusiveWorkLog();
        var startedA = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var replicaA = new AdvisoryLock(_replicaA).TryRunExclusiveAsync(LockName, async token =>
        {
            using var _ = work.Enter("A");
            startedA.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
        }, CancellationToken.None);
        await startedA.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using var stopB = new CancellationTokenSource();
        var lockB = new AdvisoryLock(_replicaB);
        var replicaB = Task.Run(async () =>
        {
            var refusals = 0;
            while (!await lockB.TryRunExclusiveAsync(LockName, async token =>
                   {
                       using var _ = work.Enter("B");
                       await Task.Delay(TimeSpan.FromMilliseconds(500), token);
                   }, stopB.Token))
            {
                refusals++;
                await Task.Delay(TimeSpan.FromMilliseconds(50), stopB.Token);
            }

            return refusals;
        });
        // B asks while A holds the lock, as a second replica polls the same store.
        await Task.Delay(TimeSpan.FromSeconds(1));

        var terminated = await TerminateLockHolderAsync();
        var lost = await CompletionOf(replicaA, TimeSpan.FromSeconds(15));
        stopB.CancelAfter(TimeSpan.FromSeconds(60));
        var refusalsOfB = await replicaB;

        Assert.Multiple(() =>
        {
            Assert.That(terminated, Is.EqualTo(1), "the backend holding the lock");
            Assert.That(lost, Is.InstanceOf<AdvisoryLockLostException>(), "A's work ends when its lock is lost");
            Assert.That(refusalsOfB, Is.GreaterThan(0), "B was refused while A held the lock");
            Assert.That(work.Entries, Is.EqualTo(new[] { "A", "B" }));
            Assert.That(work.MostAtOnce, Is.EqualTo(1), "A and B never ran at the same time");
        });
    }

    [Test]
    public async Task Given_a_replica_running_locked_work_When_nothing_fails_Then_the_other_replica_is_refused_and_the_work_completes()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var replicaA = new AdvisoryLock(_replicaA).TryRunExclusiveAsync(LockName, async token =>
        {
            started.TrySetResult();
            await release.Task.WaitAsync(token);
        }, CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // Longer than the lock's connection checks, which must not disturb a healthy holder.
        await Task.Delay(AdvisoryLock.CheckInterval * 3);

        var ranB = await new AdvisoryLock(_replicaB).TryRunExclusiveAsync(LockName, _ => Task.CompletedTask, CancellationToken.None);
        release.SetResult();

        Assert.Multiple(async () =>
        {
            Assert.That(ranB, Is.False);
            Assert.That(await replicaA.WaitAsync(TimeSpan.FromSeconds(10)), Is.True);
        });
    }

    /// <summary>pg_terminate_backend of the one backend that holds an advisory lock in the test's database.</summary>
    private async Task<int> TerminateLockHolderAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select count(*) from (
                select pg_terminate_backend(l.pid)
                from pg_locks l join pg_database d on d.oid = l.database
                where l.locktype = 'advisory' and l.granted and d.datname = current_database()) terminated
            """, connection);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Exception?> CompletionOf(Task task, TimeSpan timeout)
    {
        try
        {
            await task.WaitAsync(timeout);
            return null;
        }
        catch (TimeoutException exception)
        {
            return exception;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    /// <summary>Who entered the work in which order, and how many were inside it at once.</summary>
    private sealed class ExclusiveWorkLog
    {
        private readonly Lock _guard = new();
        private readonly List<string> _entries = [];
        private int _inside;

        public IReadOnlyList<string> Entries
        {
            get { lock (_guard) { return [.. _entries]; } }
        }

        public int MostAtOnce { get; private set; }

        public IDisposable Enter(string replica)
        {
            lock (_guard)
            {
                _entries.Add(replica);
                _inside++;
                MostAtOnce = Math.Max(MostAtOnce, _inside);
            }

            return new Exit(this);
        }

        private sealed class Exit(ExclusiveWorkLog log) : IDisposable
        {
            public void Dispose()
            {
                lock (log._guard)
                {
                    log._inside--;
                }
            }
        }
    }
}
