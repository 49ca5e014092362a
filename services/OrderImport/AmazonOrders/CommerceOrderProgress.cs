namespace Fulfillment.OrderImport.AmazonOrders;

/// <summary>
/// What CommerceOrder has reported about the Commerce order of one Amazon order: why it is blocked, or its number
/// once created, and whether it was closed. A close, a shipment and the completion carry the number too, so each counts
/// as created even when its message overtook the one that said so.
/// </summary>
/// <param name="Complete">Commerce reported every item shipped (W5).</param>
/// <param name="LastBlockedAt">When the block recorded last was decided: an older block message is stale.</param>
public sealed record CommerceOrderProgress(string? Number, bool Closed, string? BlockReason, DateTimeOffset? LastBlockedAt)
{
    public bool Complete { get; init; }

    public static readonly CommerceOrderProgress NotReported = new(null, false, null, null);

    /// <summary>
    /// One Amazon order makes at most one Commerce order: a message naming another number than the one recorded
    /// shows a fault upstream that an operator must look at, so it is refused, never silently dropped or recorded.
    /// </summary>
    public void EnsureSameNumber(string amazonOrderId, string reportedNumber)
    {
        if (Number is { } known && known != reportedNumber)
        {
            throw new InvalidOperationException(
                $"Amazon order {amazonOrderId} already has Commerce order {known}; a message names Commerce order " +
                $"{reportedNumber}, but one Amazon order never makes two Commerce orders.");
        }
    }
}
