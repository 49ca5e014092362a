using System.Threading.Channels;

namespace Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;

/// <summary>Wakes the worker when a cancel is asked for here, so it goes to Amazon without waiting for the next look.</summary>
public sealed class SellerCancellationSignal
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
