using Fulfillment.Benchmarks.Workflow;

namespace Fulfillment.Benchmarks.Chaos;

/// <summary>Which orders a fault's catch-up waits for, and which of them are still open.</summary>
public static class CatchUp
{
    /// <summary>
    /// Every order placed at Amazon by the fault's end, except those the driver itself holds back: the orders blocked
    /// until the benchmark's restock, and the seller cancels kept for the next Amazon fault.
    /// </summary>
    public static IReadOnlyList<OrderProgress> Affected(IEnumerable<OrderProgress> orders, DateTimeOffset endedAt) =>
        [.. orders.Where(order => order.PlacedAtAmazonAt is { } placed && placed <= endedAt
            && order.Plan.Kind != OrderKind.BlockedThenRestocked)];

    /// <summary>Affected orders that have not reached their end, a held seller cancel not counted while it is held.</summary>
    public static int Open(IEnumerable<OrderProgress> affected) =>
        affected.Count(order => order.DoneAt is null && !order.CancelHeld);
}
