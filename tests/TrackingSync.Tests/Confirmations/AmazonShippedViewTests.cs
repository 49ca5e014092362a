using Fulfillment.TrackingSync.Confirmations;
using Fulfillment.TrackingSync.Confirmations.SendConfirmations;

namespace Fulfillment.TrackingSync.Tests.Confirmations;

/// <summary>
/// T3: package 1 (order item 11111111111111, 2 units) got no answer. Is it recorded, by Amazon's shipped quantities?
/// </summary>
public sealed class AmazonShippedViewTests
{
    private const string FirstItem = "11111111111111";
    private const string SecondItem = "22222222222222";

    [TestCase(2, true)]
    [TestCase(3, true)]
    [TestCase(1, false)]
    [TestCase(0, false)]
    public void Given_only_this_package_in_doubt_When_Amazon_shows_shipped_units_Then_it_counts_as_recorded_when_they_cover_it(
        int shipped, bool recorded)
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"));

        Assert.That(ShowsRecorded([confirmation], confirmation, Shipped(FirstItem, shipped)), Is.EqualTo(recorded));
    }

    [Test]
    public void Given_an_item_Amazon_does_not_list_When_checked_Then_the_package_is_not_recorded()
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"));

        Assert.That(ShowsRecorded([confirmation], confirmation, Shipped(SecondItem, 5)), Is.False);
    }

    [TestCase(2, false)]
    [TestCase(3, true)]
    public void Given_another_shipment_of_the_order_accepted_with_the_same_item_When_checked_Then_its_units_are_not_this_packages(
        int shipped, bool recorded)
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"));
        var earlier = OtherShipment(1, new PackageSent("shipment-2", "1", 1, Shipments.Now),
            new PackageAccepted("shipment-2", "1", 1, false, Shipments.Now));

        Assert.That(ShowsRecorded([earlier, confirmation], confirmation, Shipped(FirstItem, shipped)), Is.EqualTo(recorded));
    }

    [Test]
    public void Given_another_package_of_the_item_in_doubt_too_When_Amazon_shows_only_enough_for_one_Then_neither_is_taken_as_recorded()
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"));
        var inDoubt = OtherShipment(2, new PackageSent("shipment-2", "1", 1, Shipments.Now));

        Assert.That(ShowsRecorded([inDoubt, confirmation], confirmation, Shipped(FirstItem, 2)), Is.False);
    }

    [Test]
    public void Given_other_packages_not_sent_or_refused_When_checked_Then_they_take_no_units()
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"));
        var refused = OtherShipment(1, new PackageSent("shipment-2", "1", 1, Shipments.Now), Shipments.Rejected("1") with { ShipmentId = "shipment-2" });
        var waiting = OtherShipment(1) with { Id = "shipment-3" };

        Assert.That(ShowsRecorded([refused, waiting, confirmation], confirmation, Shipped(FirstItem, 2)), Is.True);
    }

    [Test]
    public void Given_the_check_proved_the_package_When_recorded_Then_it_is_accepted_as_seen_in_Amazons_order()
    {
        var confirmation = Shipments.Given(Shipments.Sent("1"));

        var events = SendPackageDecider.Record(
            confirmation, "1", new PackageOutcome.Accepted(AlreadyConfirmed: true, SeenInAmazonsOrder: true), Shipments.Now);

        var after = Shipments.Given([Shipments.Sent("1"), .. events]);
        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[]
            {
                new PackageAccepted(Shipments.ShipmentId, "1", 1, true, Shipments.Now, SeenInAmazonsOrder: true),
            }));
            Assert.That(after.PackageOf("1")!.LastAnswer!.Outcome, Is.EqualTo(AmazonAnswer.SeenInAmazonsOrder));
            Assert.That(after.PackageOf("1")!.Attempts, Is.EqualTo(1), "no second confirmShipment was counted");
        });
    }

    private static bool ShowsRecorded(
        IEnumerable<ShipmentConfirmation> confirmationsOfOrder, ShipmentConfirmation confirmation, IReadOnlyDictionary<string, int> shipped) =>
        AmazonShippedView.ShowsRecorded(confirmation.Id, confirmation.PackageOf("1")!, confirmationsOfOrder, shipped);

    private static Dictionary<string, int> Shipped(string orderItemId, int quantity) => new() { [orderItemId] = quantity };

    /// <summary>A second shipment of the same order: one package of <paramref name="quantity"/> units of the first item.</summary>
    private static ShipmentConfirmation OtherShipment(int quantity, params object[] laterEvents)
    {
        var requested = Shipments.Requested() with
        {
            ShipmentId = "shipment-2",
            Packages = [new RequestedPackage("1", "ups", "United Parcel Service", "1Z999AA10123456799", [new RequestedItem(FirstItem, quantity)])],
        };
        return laterEvents.Aggregate(ShipmentConfirmation.Create(requested), (state, @event) => state.After(@event));
    }
}
