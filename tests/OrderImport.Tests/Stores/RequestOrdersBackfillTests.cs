using Fulfillment.OrderImport.Backfill;
using Fulfillment.OrderImport.Backfill.RequestOrdersBackfill;
using Fulfillment.OrderImport.Stores;
using static Fulfillment.OrderImport.Tests.Stores.StoreEvents;

namespace Fulfillment.OrderImport.Tests.Stores;

public sealed class RequestOrdersBackfillTests
{
    private static readonly DateTimeOffset Now = ConnectedAt.AddDays(1);
    private static readonly DateTimeOffset From = ConnectedAt.AddDays(-30);
    private static readonly DateTimeOffset To = ConnectedAt;
    private static readonly Guid FirstBackfill = Guid.Parse("0196a1b2-0000-7000-8000-000000000001");
    private static readonly Guid SecondBackfill = Guid.Parse("0196a1b2-0000-7000-8000-000000000002");

    private static RequestOrdersBackfill Request(Guid backfillId, DateTimeOffset from, DateTimeOffset to) =>
        new(backfillId, from, to, "ops@example.com", Now);

    private static OrdersBackfillRequested Requested(Guid backfillId, DateTimeOffset from, DateTimeOffset to) =>
        new("store-us", backfillId, from, to, "ops@example.com", Now);

    [Test]
    public void Given_an_active_store_When_a_backfill_is_requested_Then_the_request_is_recorded_with_range_who_and_when() =>
        Assert.That(
            RequestOrdersBackfillDecider.Decide(Given(Connected()), Request(FirstBackfill, From, To)),
            Is.EqualTo(new object[] { Requested(FirstBackfill, From, To) }));

    [Test]
    public void Given_an_inactive_store_When_a_backfill_is_requested_Then_it_is_refused() =>
        Assert.That(
            () => RequestOrdersBackfillDecider.Decide(
                Given(Connected(OrderSettings.Defaults with { State = StoreState.Inactive })), Request(FirstBackfill, From, To)),
            Throws.TypeOf<StoreInactiveException>());

    [Test]
    public void Given_a_store_set_inactive_after_connecting_When_a_backfill_is_requested_Then_it_is_refused() =>
        Assert.That(
            () => RequestOrdersBackfillDecider.Decide(
                Given(Connected(), new OrderSettingsChanged(
                    "store-us", OrderSettings.Defaults with { State = StoreState.Inactive }, 2, ConnectedAt.AddHours(1))),
                Request(FirstBackfill, From, To)),
            Throws.TypeOf<StoreInactiveException>());

    [Test]
    public void Given_an_open_backfill_of_the_same_range_When_requested_again_Then_nothing_is_recorded() =>
        Assert.That(
            RequestOrdersBackfillDecider.Decide(
                Given(Connected(), Requested(FirstBackfill, From, To)), Request(SecondBackfill, From, To)),
            Is.Empty);

    [Test]
    public void Given_an_open_backfill_When_an_overlapping_range_is_requested_Then_it_is_a_backfill_of_its_own() =>
        Assert.That(
            RequestOrdersBackfillDecider.Decide(
                Given(Connected(), Requested(FirstBackfill, From, To)), Request(SecondBackfill, From.AddDays(1), To)),
            Is.EqualTo(new object[] { Requested(SecondBackfill, From.AddDays(1), To) }));

    [Test]
    public void Given_a_completed_backfill_of_the_same_range_When_requested_again_Then_it_is_recorded_anew() =>
        Assert.That(
            RequestOrdersBackfillDecider.Decide(
                Given(
                    Connected(),
                    Requested(FirstBackfill, From, To),
                    new OrdersBackfillStarted("store-us", FirstBackfill, Now),
                    new OrdersBackfillCompleted("store-us", FirstBackfill, OrdersBackfillCounts.None, To.AddMinutes(1), Now)),
                Request(SecondBackfill, From, To)),
            Is.EqualTo(new object[] { Requested(SecondBackfill, From, To) }));
}
