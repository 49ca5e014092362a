namespace Fulfillment.Benchmarks.Workflow;

/// <summary>What the benchmark saw happen to one order, with the moments it happened (database time of each event).</summary>
public sealed class OrderProgress(PlannedOrder plan)
{
    public PlannedOrder Plan { get; } = plan;

    public string? AmazonOrderId { get; set; }

    /// <summary>When the buyer's order and Amazon's changes of it were all made (the driver's clock).</summary>
    public DateTimeOffset? PlacedAtAmazonAt { get; set; }

    /// <summary>The earliest moment a poll could list Amazon's Unshipped (MFN) or Shipped (FBA): change + data delay.</summary>
    public DateTimeOffset? VerifiedVisibleAt { get; set; }

    public DateTimeOffset? ImportedVerifiedAt { get; set; }

    public DateTimeOffset? CommerceVerifiedAt { get; set; }

    public DateTimeOffset? BlockedAt { get; set; }

    public DateTimeOffset? PlacedAt { get; set; }

    public string? IncrementId { get; set; }

    public IReadOnlyList<(string ItemId, int Quantity)> Items { get; set; } = [];

    public DateTimeOffset? ShipRequestedAt { get; set; }

    public DateTimeOffset? ShipmentRecordedAt { get; set; }

    public DateTimeOffset? ConfirmationRequestedAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? AmazonShippedSeenAt { get; set; }

    public DateTimeOffset? CanceledSeenAt { get; set; }

    /// <summary>When the operator's cancel was accepted by OrderImport (<see cref="OrderKind.CanceledBySeller"/>).</summary>
    public DateTimeOffset? CancelRequestedAt { get; set; }

    /// <summary>A seller's cancel the driver keeps for the next Amazon fault, so that the Feeds API is called under it.</summary>
    public bool CancelHeld { get; set; }

    /// <summary>When CommerceOrder closed (refunded) the Commerce order.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public int PlacedEvents { get; set; }

    /// <summary>When the order reached the end the workflow promises it, or null while it has not.</summary>
    public DateTimeOffset? DoneAt => Plan.Kind switch
    {
        OrderKind.CanceledWhilePending => CanceledSeenAt,
        OrderKind.CanceledBySeller when CanceledSeenAt is { } canceled && ClosedAt is { } closed => Max(canceled, closed),
        OrderKind.Fba when AmazonShippedSeenAt is { } shipped && PlacedAt is { } placed => Max(shipped, placed),
        OrderKind.Mfn or OrderKind.BlockedThenRestocked when ConfirmedAt is not null && AmazonShippedSeenAt is { } seen => seen,
        _ => null,
    };

    private static DateTimeOffset Max(DateTimeOffset first, DateTimeOffset second) => first > second ? first : second;
}
