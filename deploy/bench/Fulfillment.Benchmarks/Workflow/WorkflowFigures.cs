using Fulfillment.Benchmarks.Measurements;

namespace Fulfillment.Benchmarks.Workflow;

/// <summary>One stage of the workflow and how long orders spent in it.</summary>
public sealed record StageTime(string Stage, Percentiles Milliseconds);

/// <summary>Throughput and latencies computed from the orders' progress.</summary>
public sealed record WorkflowFigures(
    int Orders,
    int Done,
    double PlacementSeconds,
    double WallSeconds,
    double SustainedOrdersPerSecond,
    double OverallOrdersPerSecond,
    Percentiles UnshippedVisibleToPlaced,
    Percentiles UnshippedVisibleToPlacedSustained,
    Percentiles ShipmentToAmazonConfirmation,
    IReadOnlyList<StageTime> Stages)
{
    /// <summary>
    /// Sustained throughput: orders finished between the moments 10 % and 90 % of them had finished, over that time,
    /// so neither the warm-up nor the tail (the restocked orders among them) counts. The sustained latency is that of
    /// the orders Amazon verified within the same window; the plain one counts every order.
    /// </summary>
    public static WorkflowFigures From(IReadOnlyList<OrderProgress> orders, DateTimeOffset startedAt, DateTimeOffset placedAllAt)
    {
        var done = orders.Where(order => order.DoneAt is not null).Select(order => order.DoneAt!.Value).Order().ToList();
        var sustained = double.NaN;
        var (windowStart, windowEnd) = (DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        if (done.Count >= 20)
        {
            var first = (int)(done.Count * 0.1);
            var last = (int)(done.Count * 0.9) - 1;
            sustained = (last - first) / (done[last] - done[first]).TotalSeconds;
            (windowStart, windowEnd) = (done[first], done[last]);
        }

        var wall = done.Count > 0 ? (done[^1] - startedAt).TotalSeconds : double.NaN;
        var mfn = orders.Where(order => order.Plan.Kind == OrderKind.Mfn).ToList();
        var shipped = orders.Where(order => order.Plan.ShipsFromCommerce).ToList();
        return new WorkflowFigures(
            orders.Count,
            done.Count,
            (placedAllAt - startedAt).TotalSeconds,
            wall,
            sustained,
            done.Count / wall,
            Between(mfn, order => order.VerifiedVisibleAt, order => order.PlacedAt),
            Between(
                [.. mfn.Where(order => order.VerifiedVisibleAt >= windowStart && order.VerifiedVisibleAt <= windowEnd)],
                order => order.VerifiedVisibleAt, order => order.PlacedAt),
            Between(shipped, order => order.ShipmentRecordedAt, order => order.ConfirmedAt),
            [
                Stage("Amazon Unshipped listable -> OrderImport recorded it (poll)", mfn, order => order.VerifiedVisibleAt, order => order.ImportedVerifiedAt),
                Stage("OrderImport recorded -> CommerceOrder verified (forwarder, bus)", mfn, order => order.ImportedVerifiedAt, order => order.CommerceVerifiedAt),
                Stage("CommerceOrder verified -> order placed (gate, customer, invoice)", mfn, order => order.CommerceVerifiedAt, order => order.PlacedAt),
                Stage("order placed -> merchant ships (the benchmark's own reaction)", shipped, order => order.PlacedAt, order => order.ShipRequestedAt),
                Stage("ship request -> shipment recorded", shipped, order => order.ShipRequestedAt, order => order.ShipmentRecordedAt),
                Stage("shipment recorded -> TrackingSync requested (forwarder, bus)", shipped, order => order.ShipmentRecordedAt, order => order.ConfirmationRequestedAt),
                Stage("TrackingSync requested -> Amazon accepted (confirmShipment)", shipped, order => order.ConfirmationRequestedAt, order => order.ConfirmedAt),
                Stage("Amazon accepted -> OrderImport saw Shipped, Completed (poll)", shipped, order => order.ConfirmedAt, order => order.AmazonShippedSeenAt),
                Stage("FBA: Amazon Shipped listable -> Commerce order placed", orders.Where(order => order.Plan.Kind == OrderKind.Fba).ToList(), order => order.VerifiedVisibleAt, order => order.PlacedAt),
                Stage("blocked order -> placed (includes the wait for the restock)", orders.Where(order => order.Plan.Kind == OrderKind.BlockedThenRestocked).ToList(), order => order.BlockedAt, order => order.PlacedAt),
            ]);
    }

    private static StageTime Stage(string name, IReadOnlyList<OrderProgress> orders,
        Func<OrderProgress, DateTimeOffset?> from, Func<OrderProgress, DateTimeOffset?> to) =>
        new(name, Between(orders, from, to));

    private static Percentiles Between(IReadOnlyList<OrderProgress> orders,
        Func<OrderProgress, DateTimeOffset?> from, Func<OrderProgress, DateTimeOffset?> to) =>
        Percentiles.Of(orders
            .Where(order => from(order) is not null && to(order) is not null)
            .Select(order => to(order)!.Value - from(order)!.Value));
}
