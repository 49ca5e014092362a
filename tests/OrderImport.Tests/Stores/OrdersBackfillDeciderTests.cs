using Fulfillment.OrderImport.Backfill;
using Fulfillment.OrderImport.Backfill.RunOrdersBackfill;
using static Fulfillment.OrderImport.Tests.Stores.StoreEvents;

namespace Fulfillment.OrderImport.Tests.Stores;

public sealed class OrdersBackfillDeciderTests
{
    private static readonly DateTimeOffset Now = ConnectedAt.AddDays(1);
    private static readonly DateTimeOffset From = ConnectedAt.AddDays(-30);
    private static readonly DateTimeOffset To = ConnectedAt;
    private static readonly Guid BackfillId = Guid.Parse("0196a1b2-0000-7000-8000-000000000001");
    private static readonly OrdersBackfillCounts Counts = new(Imported: 12, Unchanged: 3, Skipped: 1, Failed: 0);

    private static readonly OrdersBackfillRequested Requested = new("store-us", BackfillId, From, To, "ops@example.com", Now);
    private static readonly OrdersBackfillStarted Started = new("store-us", BackfillId, Now);

    [Test]
    public void Given_a_requested_backfill_When_started_Then_the_start_is_recorded() =>
        Assert.That(
            OrdersBackfillDecider.Decide(Given(Connected(), Requested), new StartOrdersBackfill(BackfillId, Now)),
            Is.EqualTo(new object[] { Started }));

    [Test]
    public void Given_a_started_backfill_When_started_again_after_a_restart_Then_nothing_is_recorded() =>
        Assert.That(
            OrdersBackfillDecider.Decide(Given(Connected(), Requested, Started), new StartOrdersBackfill(BackfillId, Now.AddMinutes(5))),
            Is.Empty);

    [Test]
    public void Given_a_started_backfill_When_Amazon_listed_past_its_end_Then_it_completes_with_the_counts()
    {
        var listedUntil = To.AddMinutes(1);

        var events = OrdersBackfillDecider.Decide(
            Given(Connected(), Requested, Started), new CompleteOrdersBackfill(BackfillId, Counts, listedUntil, Now));

        Assert.That(events, Is.EqualTo(new object[] { new OrdersBackfillCompleted("store-us", BackfillId, Counts, listedUntil, Now) }));
    }

    [Test]
    public void Given_a_started_backfill_When_Amazon_listed_exactly_to_its_end_Then_it_completes() =>
        Assert.That(
            OrdersBackfillDecider.Decide(
                Given(Connected(), Requested, Started), new CompleteOrdersBackfill(BackfillId, Counts, To, Now)),
            Has.Count.EqualTo(1).And.All.TypeOf<OrdersBackfillCompleted>());

    [Test]
    public void Given_a_started_backfill_When_Amazon_listed_only_up_to_before_its_end_Then_completing_is_refused() =>
        Assert.That(
            () => OrdersBackfillDecider.Decide(
                Given(Connected(), Requested, Started), new CompleteOrdersBackfill(BackfillId, Counts, To.AddSeconds(-1), Now)),
            Throws.InvalidOperationException);

    [Test]
    public void Given_a_completed_backfill_When_completed_again_Then_nothing_is_recorded()
    {
        var completed = new OrdersBackfillCompleted("store-us", BackfillId, Counts, To, Now);

        Assert.That(
            OrdersBackfillDecider.Decide(
                Given(Connected(), Requested, Started, completed), new CompleteOrdersBackfill(BackfillId, Counts, To, Now)),
            Is.Empty);
    }

    [Test]
    public void Given_a_started_backfill_When_it_fails_Then_the_reason_and_the_counts_so_far_are_recorded_and_it_is_closed()
    {
        var failure = new FailOrdersBackfill(BackfillId, "getOrders was rejected by Amazon", Counts, Now);
        var store = Given(Connected(), Requested, Started);

        var events = OrdersBackfillDecider.Decide(store, failure);

        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[]
            {
                new OrdersBackfillFailed("store-us", BackfillId, "getOrders was rejected by Amazon", Counts, Now),
            }));
            Assert.That(Given(Connected(), Requested, Started, events[0]).OpenBackfills, Is.Empty);
        });
    }

    [Test]
    public void Given_no_such_open_backfill_When_it_fails_Then_nothing_is_recorded() =>
        Assert.That(
            OrdersBackfillDecider.Decide(Given(Connected()), new FailOrdersBackfill(BackfillId, "whatever", Counts, Now)),
            Is.Empty);
}
