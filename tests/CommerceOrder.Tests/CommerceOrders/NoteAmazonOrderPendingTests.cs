using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders;
using Fulfillment.CommerceOrder.CommerceOrders.NoteAmazonOrderPending;

namespace Fulfillment.CommerceOrder.Tests.CommerceOrders;

public sealed class NoteAmazonOrderPendingTests
{
    private static readonly NoteAmazonOrderPending Command = new(
        Given.OrderId, Given.StoreId, "MFN", [new CommerceOrderLine("item-1", "MUG-RED", 2)], ReserveQuantity: false, Given.Now);

    [Test]
    public void Given_an_unknown_order_When_noted_Then_it_awaits_Amazon_verification()
    {
        var events = NoteAmazonOrderPendingDecider.Decide(null, Command, Given.InStock);

        Assert.That(events, Is.EqualTo(new object[]
        {
            new AmazonOrderPendingNoted(Given.OrderId, Given.StoreId, "MFN", Command.Lines, Given.Now),
        }));
        Assert.That(Given.Apply(null, events).Stage, Is.EqualTo(CommerceOrderStage.AwaitingAmazonVerification));
    }

    [Test]
    public void Given_an_order_already_noted_When_noted_again_Then_nothing_happens()
    {
        var process = Given.Apply(null, NoteAmazonOrderPendingDecider.Decide(null, Command, Given.InStock));

        var events = NoteAmazonOrderPendingDecider.Decide(process, Command with { Now = Given.Now.AddMinutes(3) }, Given.InStock);

        Assert.That(events, Is.Empty);
    }

    [Test]
    public void Given_reserve_quantity_and_stock_When_noted_Then_the_ordered_units_are_reserved()
    {
        var events = NoteAmazonOrderPendingDecider.Decide(null, Command with { ReserveQuantity = true }, Given.InStock);

        Assert.That(events.OfType<StockReserved>(), Is.EqualTo(new[] { new StockReserved("MUG-RED", Given.OrderId, 2, Given.Now) }));
    }

    [Test]
    public void Given_reserve_quantity_and_short_stock_When_noted_Then_the_reservation_is_skipped_with_a_note()
    {
        var events = NoteAmazonOrderPendingDecider.Decide(
            null, Command with { ReserveQuantity = true }, Given.Stock(Given.Product("MUG-RED", 1)));

        Assert.Multiple(() =>
        {
            Assert.That(events.OfType<StockReserved>(), Is.Empty);
            Assert.That(events.OfType<StockReservationSkipped>().Single().Reason, Is.EqualTo("Product 'MUG-RED' has 1 salable, 2 ordered"));
        });
    }

    [Test]
    public void Given_reservations_skipped_for_two_SKUs_When_noted_Then_the_order_keeps_both_reasons_for_operators()
    {
        var command = Command with
        {
            ReserveQuantity = true,
            Lines = [new CommerceOrderLine("item-1", "MUG-RED", 2), new CommerceOrderLine("item-2", "TEE-M", 1)],
        };

        var process = Given.Apply(null, NoteAmazonOrderPendingDecider.Decide(
            null, command, Given.Stock(Given.Product("MUG-RED", 1), Given.Product("TEE-M", 0))));

        Assert.Multiple(() =>
        {
            Assert.That(process.ReservationNote,
                Is.EqualTo("Product 'MUG-RED' has 1 salable, 2 ordered; Product 'TEE-M' has 0 salable, 1 ordered"));
            Assert.That(process.UnreservedSkus, Is.EqualTo(new[] { "MUG-RED", "TEE-M" }));
        });
    }

    [Test]
    public void Given_reserve_quantity_and_a_product_without_managed_stock_When_noted_Then_nothing_is_reserved()
    {
        var events = NoteAmazonOrderPendingDecider.Decide(
            null, Command with { ReserveQuantity = true }, Given.Stock(Given.Product("MUG-RED", 0, manageStock: false)));

        Assert.That(events, Has.Count.EqualTo(1).And.All.TypeOf<AmazonOrderPendingNoted>());
    }

    [Test]
    public void Given_reserve_quantity_and_an_FBA_order_When_noted_Then_stock_is_not_touched()
    {
        var events = NoteAmazonOrderPendingDecider.Decide(
            null, Command with { ReserveQuantity = true, FulfillmentChannel = "AFN" }, Given.InStock);

        Assert.That(events, Has.Count.EqualTo(1).And.All.TypeOf<AmazonOrderPendingNoted>());
    }
}
