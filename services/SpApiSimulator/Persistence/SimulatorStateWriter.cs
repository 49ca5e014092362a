using System.Text.Json;
using System.Threading.Channels;
using Npgsql;

namespace Fulfillment.SpApiSimulator.Persistence;

/// <summary>
/// Writes what Amazon's side keeps (orders, feeds, issued tokens, the clock) through to PostgreSQL, so that the
/// simulator restarted on the same database carries on where it stopped. Reads stay in memory; every change is
/// queued in the order it was made and written by one loop in batches (group commit), so a busy simulator pays one
/// round trip per batch, not per change. <see cref="CommittedAsync"/> tells a request when its changes are durable;
/// the simulator answers a changing request only then (see <see cref="StateCommittedBeforeAnswer"/>).
/// Without a database (<c>ConnectionStrings:Postgres</c> unset) nothing is written and Amazon's side lives in memory.
/// It runs from start until the web server has stopped (not as a hosted service, which stops before the server and
/// would leave the last requests' changes unwritten).
/// </summary>
public sealed class SimulatorStateWriter(SimulatorStateDatabase database, ILogger<SimulatorStateWriter> logger)
{
    private const int LargestBatch = 500;
    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(1);

    private readonly Channel<StateWrite> _queue = Channel.CreateUnbounded<StateWrite>(new UnboundedChannelOptions { SingleReader = true });
    private Task _writing = Task.CompletedTask;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Queues the latest value of one piece of state; call it where the change is made, under its lock.</summary>
    public void Save(string kind, string id, object value)
    {
        if (database.IsConfigured)
        {
            _queue.Writer.TryWrite(new StateWrite.Upsert(kind, id, JsonSerializer.Serialize(value, value.GetType(), Json)));
        }
    }

    public void Delete(string kind, string id)
    {
        if (database.IsConfigured)
        {
            _queue.Writer.TryWrite(new StateWrite.Remove(kind, id));
        }
    }

    public void DeleteAll(string kind)
    {
        if (database.IsConfigured)
        {
            _queue.Writer.TryWrite(new StateWrite.RemoveAll(kind));
        }
    }

    /// <summary>Completes once every change queued before the call is in the database.</summary>
    public Task CommittedAsync()
    {
        if (!database.IsConfigured)
        {
            return Task.CompletedTask;
        }

        var barrier = new StateWrite.Barrier(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(barrier) ? barrier.Committed.Task : Task.CompletedTask;
    }

    public void Start()
    {
        if (database.IsConfigured)
        {
            _writing = Task.Run(WriteQueuedAsync);
        }
    }

    /// <summary>Writes what is queued, then ends: `down` must not lose Amazon's last changes.</summary>
    public async Task StopAsync(TimeSpan patience)
    {
        _queue.Writer.TryComplete();
        await _writing.WaitAsync(patience);
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<StateWrite>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < LargestBatch && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            await WriteUntilDoneAsync(batch);
            foreach (var barrier in batch.OfType<StateWrite.Barrier>())
            {
                barrier.Committed.TrySetResult();
            }

            batch.Clear();
        }
    }

    /// <summary>PostgreSQL down for a moment must not lose a change: the batch is written again until it goes in.</summary>
    private async Task WriteUntilDoneAsync(List<StateWrite> batch)
    {
        while (true)
        {
            try
            {
                await database.WriteAsync(batch);
                return;
            }
            catch (NpgsqlException exception)
            {
                logger.LogWarning(exception, "Could not write {Count} changes of Amazon's side; trying again", batch.Count);
                await Task.Delay(PauseAfterFailure);
            }
        }
    }
}

public abstract record StateWrite
{
    public sealed record Upsert(string Kind, string Id, string Json) : StateWrite;

    public sealed record Remove(string Kind, string Id) : StateWrite;

    public sealed record RemoveAll(string Kind) : StateWrite;

    public sealed record Barrier(TaskCompletionSource Committed) : StateWrite;
}
