using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders;
using Fulfillment.CommerceOrder.CommerceOrders.CancelCommerceOrder;
using Fulfillment.CommerceOrder.CommerceOrders.PlaceCommerceOrder;
using Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;

namespace Fulfillment.CommerceOrder.Tests.CommerceOrders;

public sealed class CancelCommerceOrderTests
{
    private static readonly CancelCommerceOrder Cancel = new(Given.OrderId, Given.StoreId, "MFN", Given.Now.AddHours(1));

    [Test]
    public void Given_an_unknown_order_When_Amazon_cancels_it_Then_it_is_canceled_for_good()
    {
        var events = CancelCommerceOrderDecider.Decide(null, Cancel, Given.InStock);

        Assert.That(Given.Apply(null, events).Stage, Is.EqualTo(CommerceOrderStage.Canceled));
    }

    [Test]
    public void Given_an_order_holding_stock_before_creation_When_canceled_Then_its_holds_are_released()
    {
        var verified = VerifyAmazonOrderDecider.Decide(null, Given.Verification(), Given.InStock, Given.Websites);
        var products = Given.ApplyStock(Given.InStock, verified);

        var events = CancelCommerceOrderDecider.Decide(Given.Apply(null, verified), Cancel, products);

        Assert.Multiple(() =>
        {
            Assert.That(events[0], Is.TypeOf<OrderCreationCanceled>());
            Assert.That(Given.ApplyStock(products, events).Values.Select(product => product!.Reserved), Is.All.Zero);
            Assert.That(events.OfType<CustomerRequested>(), Is.Empty);
        });
    }

    [Test]
    public void Given_a_placed_MFN_order_When_canceled_Then_it_is_refunded_in_full_closed_and_its_units_return()
    {
        var verified = VerifyAmazonOrderDecider.Decide(null, Given.Verification(), Given.InStock, Given.Websites);
        var process = Given.Apply(null, verified);
        var products = Given.ApplyStock(Given.InStock, verified);
        var placedEvents = PlaceCommerceOrderDecider.Decide(
            process, new PlaceCommerceOrder(Given.OrderId, null, true, 7, Given.Now), products, Given.Websites);
        process = Given.Apply(process, placedEvents);
        products = Given.ApplyStock(products, placedEvents);

        var events = CancelCommerceOrderDecider.Decide(process, Cancel, products);
        var closed = Given.Apply(process, events);

        Assert.Multiple(() =>
        {
            Assert.That(events.OfType<OrderRefunded>().Single().Amount, Is.EqualTo(Given.OrderTotal));
            Assert.That(events.OfType<OrderClosed>().Single().IncrementId, Is.EqualTo("000000007"));
            Assert.That(closed.Stage, Is.EqualTo(CommerceOrderStage.Closed));
            Assert.That(closed.TotalRefunded, Is.EqualTo(closed.TotalInvoiced));
            Assert.That(Given.ApplyStock(products, events)["MUG-RED"]!.Quantity, Is.EqualTo(10));
            Assert.That(CancelCommerceOrderDecider.Decide(closed, Cancel, products), Is.Empty, "a second cancellation");
        });
    }

    [Test]
    public void Given_a_placed_FBA_order_When_Amazon_reports_it_canceled_Then_nothing_changes()
    {
        var verified = VerifyAmazonOrderDecider.Decide(null, Given.Verification(FulfillmentChannels.Amazon), Given.InStock, Given.Websites);
        var process = Given.Apply(null, verified);
        process = Given.Apply(process, PlaceCommerceOrderDecider.Decide(
            process, new PlaceCommerceOrder(Given.OrderId, null, true, 7, Given.Now), Given.InStock, Given.Websites));

        Assert.That(CancelCommerceOrderDecider.Decide(process, Cancel with { FulfillmentChannel = "AFN" }, Given.InStock), Is.Empty);
    }
}
