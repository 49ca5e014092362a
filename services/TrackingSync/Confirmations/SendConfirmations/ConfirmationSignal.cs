using System.Threading.Channels;

namespace Fulfillment.TrackingSync.Confirmations.SendConfirmations;

/// <summary>
/// Wakes the sender in this process when there may be something to send (a shipment recorded, a store changed,
/// an operator's retry), so it need not wait for its next round; the round itself is the safety net.
/// </summary>
public sealed class ConfirmationSignal
{
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Returns when woken or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wakeUps.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }
}
