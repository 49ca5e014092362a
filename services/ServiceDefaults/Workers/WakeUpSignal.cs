using System.Threading.Channels;

namespace Fulfillment.ServiceDefaults.Workers;

/// <summary>
/// Wakes the worker <typeparamref name="TWorker"/> when work is asked for in this process, so that it starts without
/// waiting for its next periodic look; the look still comes, for work recorded by another replica.
/// </summary>
public sealed class WakeUpSignal<TWorker>
{
    private readonly Channel<bool> _requested =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _requested.Writer.TryWrite(true);

    /// <summary>Returns when notified or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _requested.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Timed out: time for a look anyway.
        }
    }
}
