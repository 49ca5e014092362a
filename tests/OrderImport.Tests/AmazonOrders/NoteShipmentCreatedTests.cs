using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.NoteShipmentCreated;
using static Fulfillment.OrderImport.Tests.AmazonOrders.ChannelOrders;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

/// <summary>W5 as the channel order records it: each shipment once, whatever order the shipments arrive in.</summary>
public sealed class NoteShipmentCreatedTests
{
    private static IReadOnlyList<object> When(AmazonOrder order, CommerceShipmentCreated shipment, string number = "000000042") =>
        NoteShipmentCreatedDecider.Decide(order, new NoteShipmentCreated(
            OrderId, shipment.ShipmentId, number, shipment.Packages, shipment.ItemsShipped, shipment.ItemsUnshipped,
            shipment.ShippedAt, Now));

    [Test]
    public void Given_a_Commerce_order_When_the_merchant_ships_part_of_it_Then_the_shipment_is_recorded_with_the_orders_totals() =>
        Assert.That(When(Unshipped().Then([Created()]), FirstShipment()), Is.EqualTo(new object[] { FirstShipment() }));

    [Test]
    public void Given_a_recorded_shipment_When_its_message_is_redelivered_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([Created(), FirstShipment()]), FirstShipment()), Is.Empty);

    [Test]
    public void Given_the_last_shipment_recorded_When_the_first_arrives_late_Then_it_is_recorded_and_the_totals_stay_the_newest()
    {
        var order = Unshipped().Then([Created(), LastShipment()]);

        var events = When(order, FirstShipment());

        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[] { FirstShipment() }), "recorded, for its tracking number");
            Assert.That(order.Then(events).Shipments.Newest(), Is.EqualTo(LastShipment()), "the count is not lowered");
        });
    }

    [Test]
    public void Given_no_Commerce_order_number_yet_When_a_shipment_overtakes_the_placed_message_Then_it_is_recorded_and_names_the_Commerce_order()
    {
        var events = When(Unshipped(), FirstShipment());

        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[] { FirstShipment() }));
            Assert.That(Unshipped().Then(events).Commerce.Number, Is.EqualTo("000000042"));
        });
    }

    [Test]
    public void Given_a_Commerce_order_When_a_shipment_names_another_Commerce_order_Then_it_is_refused() =>
        Assert.That(() => When(Unshipped().Then([Created()]), FirstShipment(), "000000099"),
            Throws.InvalidOperationException.With.Message.Contains("000000099"));
}
