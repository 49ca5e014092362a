using Fulfillment.Benchmarks.Chaos;
using Fulfillment.Benchmarks.Workflow;

namespace Fulfillment.Benchmarks.Tests;

public sealed class OrderVerdictTests
{
    private static readonly PlannedOrder SellerCancel = new(1, OrderKind.CanceledBySeller, [new PlannedLine("BENCH-0001", 1, 3.5m)]);
    private static readonly PlannedOrder Mfn = new(2, OrderKind.Mfn, [new PlannedLine("BENCH-0002", 1, 4.5m)]);

    private static readonly OrderFacts SellerCancelDone = new(
        CommerceOrders: 1, CommerceOrdersClosed: 1, Confirmations: 0, "Canceled",
        new AmazonFacts("Canceled", PackagesConfirmed: 0, UnitsLeftToShip: true, SellerCancelled: true, FeedsNamingIt: 1));

    private static readonly OrderFacts MfnDone = new(
        CommerceOrders: 1, CommerceOrdersClosed: 0, Confirmations: 1, "Completed",
        new AmazonFacts("Shipped", PackagesConfirmed: 1, UnitsLeftToShip: false, SellerCancelled: false, FeedsNamingIt: 0));

    [Test]
    public void Given_a_seller_cancel_canceled_once_and_closed_When_judged_Then_no_problem() =>
        Assert.That(OrderVerdict.ProblemsOf(SellerCancel, SellerCancelDone), Is.Empty);

    [Test]
    public void Given_a_seller_cancel_Amazon_received_in_two_feeds_When_judged_Then_doubled() =>
        Assert.That(
            OrderVerdict.ProblemsOf(SellerCancel, SellerCancelDone with { Amazon = SellerCancelDone.Amazon! with { FeedsNamingIt = 2 } }),
            Is.EqualTo(new[] { (ProblemKind.Doubled, "2 cancellation feeds received by Amazon, expected 1") }));

    [Test]
    public void Given_a_seller_cancel_whose_Commerce_order_stays_open_When_judged_Then_missing() =>
        Assert.That(OrderVerdict.ProblemsOf(SellerCancel, SellerCancelDone with { CommerceOrdersClosed = 0 }).Select(problem => problem.Kind),
            Is.EqualTo(new[] { ProblemKind.Missing }));

    [Test]
    public void Given_a_shipped_order_a_feed_named_When_judged_Then_doubled() =>
        Assert.That(OrderVerdict.ProblemsOf(Mfn, MfnDone with { Amazon = MfnDone.Amazon! with { FeedsNamingIt = 1 } }).Select(problem => problem.Kind),
            Is.EqualTo(new[] { ProblemKind.Doubled }));

    [Test]
    public void Given_a_shipped_order_in_Error_When_judged_Then_wrong_state_only() =>
        Assert.That(OrderVerdict.ProblemsOf(Mfn, MfnDone with { ChannelStatus = "Error" }).Select(problem => problem.Kind),
            Is.EqualTo(new[] { ProblemKind.WrongState }));

    [Test]
    public void Given_an_order_never_placed_When_judged_Then_missing() =>
        Assert.That(OrderVerdict.ProblemsOf(Mfn, null).Select(problem => problem.Kind), Is.EqualTo(new[] { ProblemKind.Missing }));

    [Test]
    public void Given_problems_of_three_orders_When_classified_Then_each_counts_once_by_its_worst()
    {
        OrderProblem Problem(string order, ProblemKind kind) => new(order, OrderKind.Mfn, kind, "");

        var counts = ChaosResult.Classify(
        [
            Problem("A", ProblemKind.Doubled), Problem("A", ProblemKind.Missing),
            Problem("B", ProblemKind.Missing), Problem("B", ProblemKind.WrongState),
            Problem("C", ProblemKind.WrongState),
        ]);

        Assert.That(counts, Is.EqualTo((Lost: 1, Duplicated: 1, Stuck: 1)));
    }
}
