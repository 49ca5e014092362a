using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.NoteShipmentConfirmationFailed;
using static Fulfillment.OrderImport.Tests.AmazonOrders.ChannelOrders;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

/// <summary>Amazon's refusal of a package (T4): recorded once, open until Amazon accepts the shipment.</summary>
public sealed class NoteShipmentConfirmationFailedTests
{
    private static IReadOnlyList<object> When(AmazonOrder order, string shipmentId, int minutesAfterShipping, string package = "1")
    {
        var refused = Refused(shipmentId, minutesAfterShipping, package);
        return NoteShipmentConfirmationFailedDecider.Decide(order, new NoteShipmentConfirmationFailed(
            OrderId, shipmentId, package, refused.TrackingNumber, refused.AmazonErrorCode, refused.AmazonMessage,
            refused.FailedAt, Now));
    }

    [Test]
    public void Given_a_shipment_When_Amazon_refuses_a_package_Then_the_refusal_is_recorded_and_open()
    {
        var order = Unshipped().Then([FirstShipment()]);

        var events = When(order, "shipment-1", 5);

        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[] { Refused("shipment-1", 5) }));
            Assert.That(order.Then(events).Shipments.LatestOpenFailure(), Is.EqualTo(Refused("shipment-1", 5)));
        });
    }

    [Test]
    public void Given_a_recorded_refusal_When_it_is_redelivered_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([FirstShipment(), Refused("shipment-1", 5)]), "shipment-1", 5), Is.Empty);

    [Test]
    public void Given_a_newer_refusal_of_the_package_When_an_older_one_arrives_late_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([FirstShipment(), Refused("shipment-1", 40)]), "shipment-1", 5), Is.Empty);

    [Test]
    public void Given_a_refusal_When_Amazon_refuses_another_package_of_the_shipment_at_the_same_moment_Then_it_is_recorded_too() =>
        Assert.That(
            When(Unshipped().Then([FirstShipment(), Refused("shipment-1", 5)]), "shipment-1", 5, package: "2"),
            Is.EqualTo(new object[] { Refused("shipment-1", 5, "2") }));

    [Test]
    public void Given_an_operators_retry_refused_again_When_the_new_refusal_arrives_Then_it_is_recorded() =>
        Assert.That(
            When(Unshipped().Then([FirstShipment(), Refused("shipment-1", 5)]), "shipment-1", 30),
            Is.EqualTo(new object[] { Refused("shipment-1", 30) }));

    [Test]
    public void Given_the_shipment_accepted_after_a_retry_When_the_earlier_refusal_arrives_late_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([FirstShipment(), Submitted("shipment-1", 30)]), "shipment-1", 5), Is.Empty);

    [Test]
    public void Given_a_shipment_not_recorded_yet_When_Amazon_refuses_it_first_Then_the_refusal_is_recorded_and_open()
    {
        var events = When(Unshipped(), "shipment-1", 5);

        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[] { Refused("shipment-1", 5) }));
            Assert.That(Unshipped().Then([.. events, FirstShipment()]).Shipments.LatestOpenFailure(), Is.EqualTo(Refused("shipment-1", 5)));
        });
    }
}
