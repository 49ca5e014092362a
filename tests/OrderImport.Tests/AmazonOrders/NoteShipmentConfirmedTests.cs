using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.NoteShipmentConfirmed;
using static Fulfillment.OrderImport.Tests.AmazonOrders.ChannelOrders;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

/// <summary>Amazon's acceptance of a shipment's tracking information (W5, T3): once, and closing earlier refusals (T4).</summary>
public sealed class NoteShipmentConfirmedTests
{
    private static IReadOnlyList<object> When(AmazonOrder order, string shipmentId, int minutesAfterShipping) =>
        NoteShipmentConfirmedDecider.Decide(order, new NoteShipmentConfirmed(
            OrderId, shipmentId, [], Submitted(shipmentId, minutesAfterShipping).ConfirmedAt, Now));

    [Test]
    public void Given_a_shipment_When_Amazon_accepts_it_Then_the_acceptance_is_recorded() =>
        Assert.That(
            When(Unshipped().Then([FirstShipment()]), "shipment-1", 5),
            Is.EqualTo(new object[] { Submitted("shipment-1", 5) }));

    [Test]
    public void Given_an_accepted_shipment_When_the_message_is_redelivered_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([FirstShipment(), Submitted("shipment-1", 5)]), "shipment-1", 5), Is.Empty);

    [Test]
    public void Given_a_refused_shipment_When_an_operators_retry_is_accepted_Then_the_refusal_is_closed()
    {
        var order = Unshipped().Then([FirstShipment(), Refused("shipment-1", 5)]);

        var events = When(order, "shipment-1", 30);

        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[] { Submitted("shipment-1", 30) }));
            Assert.That(order.Then(events).Shipments.LatestOpenFailure(), Is.Null);
        });
    }

    [Test]
    public void Given_a_shipment_not_recorded_yet_When_Amazon_accepts_it_first_Then_the_acceptance_waits_in_the_stream_for_it()
    {
        var events = When(Unshipped(), "shipment-1", 5);
        var order = Unshipped().Then([.. events, FirstShipment()]);

        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[] { Submitted("shipment-1", 5) }));
            Assert.That(order.Shipments.Find("shipment-1"), Has.Property(nameof(ChannelShipment.Created)).EqualTo(FirstShipment())
                .And.Property(nameof(ChannelShipment.ConfirmedAt)).EqualTo(Submitted("shipment-1", 5).ConfirmedAt));
        });
    }

    [Test]
    public void Given_one_shipment_accepted_When_another_shipment_is_accepted_Then_it_is_recorded_for_that_shipment() =>
        Assert.That(
            When(Unshipped().Then([FirstShipment(), LastShipment(), Submitted("shipment-1", 5)]), "shipment-2", 5),
            Is.EqualTo(new object[] { Submitted("shipment-2", 5) }));
}
