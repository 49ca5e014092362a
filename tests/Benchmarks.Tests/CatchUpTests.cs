using Fulfillment.Benchmarks.Chaos;
using Fulfillment.Benchmarks.Workflow;

namespace Fulfillment.Benchmarks.Tests;

public sealed class CatchUpTests
{
    private static readonly DateTimeOffset FaultEnded = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Given_orders_before_and_after_a_fault_When_its_catch_up_is_measured_Then_it_waits_for_those_placed_before_and_not_blocked_until_restock()
    {
        var before = Order(OrderKind.Mfn, FaultEnded.AddSeconds(-1));
        var after = Order(OrderKind.Mfn, FaultEnded.AddSeconds(1));
        var blocked = Order(OrderKind.BlockedThenRestocked, FaultEnded.AddSeconds(-1));

        Assert.That(CatchUp.Affected([before, after, blocked], FaultEnded), Is.EqualTo(new[] { before }));
    }

    [Test]
    public void Given_a_seller_cancel_the_driver_holds_When_counting_open_orders_Then_it_is_not_open()
    {
        var held = Order(OrderKind.CanceledBySeller, FaultEnded.AddSeconds(-1));
        held.CancelHeld = true;
        var open = Order(OrderKind.Mfn, FaultEnded.AddSeconds(-1));

        Assert.That(CatchUp.Open([held, open]), Is.EqualTo(1));
    }

    [Test]
    public void Given_no_seller_cancel_share_When_the_mix_is_drawn_Then_it_has_none_and_with_a_share_it_has_some()
    {
        var benchmark = OrderPlan.Draw(1000, 100, 8);
        var suite = OrderPlan.Draw(1000, 100, 8, sellerCancelPercent: 8);

        Assert.Multiple(() =>
        {
            Assert.That(benchmark.Count(order => order.Kind == OrderKind.CanceledBySeller), Is.Zero);
            Assert.That(suite.Count(order => order.Kind == OrderKind.CanceledBySeller), Is.InRange(50, 110));
            Assert.That(suite.Where(order => order.Kind != OrderKind.CanceledBySeller).Select(order => order.Kind),
                Is.All.Not.EqualTo(OrderKind.CanceledBySeller));
            Assert.That(suite.Count(order => order.Kind == OrderKind.Fba), Is.EqualTo(benchmark.Count(order => order.Kind == OrderKind.Fba)));
        });
    }

    private static OrderProgress Order(OrderKind kind, DateTimeOffset placedAtAmazon) =>
        new(new PlannedOrder(1, kind, [new PlannedLine("BENCH-0001", 1, 3.5m)])) { PlacedAtAmazonAt = placedAtAmazon };
}
