using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders;
using Fulfillment.CommerceOrder.CommerceOrders.NoteAmazonOrderPending;
using Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;

namespace Fulfillment.CommerceOrder.Tests.CommerceOrders;

public sealed class VerifyAmazonOrderTests
{
    [Test]
    public void Given_stock_When_an_MFN_order_is_verified_Then_its_stock_is_held_and_its_customer_requested()
    {
        var events = VerifyAmazonOrderDecider.Decide(null, Given.Verification(), Given.InStock, Given.Websites);

        Assert.Multiple(() =>
        {
            Assert.That(events[0], Is.TypeOf<AmazonOrderVerified>());
            Assert.That(events.OfType<StockReserved>(), Is.EquivalentTo(new[]
            {
                new StockReserved("MUG-RED", Given.OrderId, 2, Given.Now),
                new StockReserved("TEE-M", Given.OrderId, 1, Given.Now),
            }));
            Assert.That(events[^1], Is.EqualTo(new CustomerRequested(Given.OrderId, Given.StoreId, "base", "Guest", 3, Given.Now)));
            Assert.That(Given.Apply(null, events).Stage, Is.EqualTo(CommerceOrderStage.AwaitingCustomer));
        });
    }

    [Test]
    public void Given_a_missing_a_disabled_and_a_short_product_When_verified_Then_it_is_blocked_naming_each()
    {
        var events = VerifyAmazonOrderDecider.Decide(
            null, Given.Verification(), Given.Stock(Given.Product("MUG-RED", 1)), Given.Websites);
        var disabled = VerifyAmazonOrderDecider.Decide(
            null, Given.Verification(), Given.Stock(Given.Product("MUG-RED", 9), Given.Product("TEE-M", 9, enabled: false)),
            Given.Websites);

        Assert.Multiple(() =>
        {
            var blocked = events.OfType<OrderCreationBlocked>().Single();
            Assert.That(blocked.Reason, Is.EqualTo(
                "Product 'MUG-RED' is out of stock (2 ordered, 1 available); Product 'TEE-M' does not exist in the catalog"));
            Assert.That(blocked.BlockingSkus, Is.EqualTo(new[] { "MUG-RED", "TEE-M" }));
            Assert.That(events.OfType<StockReserved>(), Is.Empty);
            Assert.That(disabled.OfType<OrderCreationBlocked>().Single().Reason, Is.EqualTo("Product 'TEE-M' is disabled"));
        });
    }

    [Test]
    public void Given_the_order_reserved_the_last_units_while_pending_When_verified_Then_its_own_hold_lets_it_pass()
    {
        var products = Given.Stock(Given.Product("MUG-RED", 2), Given.Product("TEE-M", 1));
        var pending = NoteAmazonOrderPendingDecider.Decide(null, new NoteAmazonOrderPending(
            Given.OrderId, Given.StoreId, "MFN",
            [new CommerceOrderLine("item-1", "MUG-RED", 2), new CommerceOrderLine("item-2", "TEE-M", 1)],
            ReserveQuantity: true, Given.Now), products);
        products = Given.ApplyStock(products, pending);

        var events = VerifyAmazonOrderDecider.Decide(Given.Apply(null, pending), Given.Verification(), products, Given.Websites);

        Assert.Multiple(() =>
        {
            Assert.That(products["MUG-RED"]!.Salable, Is.Zero);
            Assert.That(events[^1], Is.TypeOf<CustomerRequested>());
            Assert.That(events.OfType<StockReserved>(), Is.Empty, "the holds are already the right size");
        });
    }

    [Test]
    public void Given_another_order_holds_the_stock_When_verified_Then_it_is_out_of_stock()
    {
        var products = Given.Stock(
            Given.Product("MUG-RED", 2).Apply(new StockReserved("MUG-RED", "other-order", 1, Given.Now)),
            Given.Product("TEE-M", 1));

        var events = VerifyAmazonOrderDecider.Decide(null, Given.Verification(), products, Given.Websites);

        Assert.That(events.OfType<OrderCreationBlocked>().Single().Reason,
            Is.EqualTo("Product 'MUG-RED' is out of stock (2 ordered, 1 available)"));
    }

    [Test]
    public void Given_an_FBA_order_and_no_stock_When_verified_Then_it_passes_without_touching_stock()
    {
        var events = VerifyAmazonOrderDecider.Decide(
            null, Given.Verification(FulfillmentChannels.Amazon),
            Given.Stock(Given.Product("MUG-RED", 0), Given.Product("TEE-M", 0)), Given.Websites);

        Assert.Multiple(() =>
        {
            Assert.That(events[^1], Is.TypeOf<CustomerRequested>());
            Assert.That(events.OfType<IStockEvent>(), Is.Empty);
        });
    }

    [Test]
    public void Given_import_disabled_When_verified_Then_creation_is_skipped_and_pending_holds_released()
    {
        var products = Given.Stock(
            Given.Product("MUG-RED", 5).Apply(new StockReserved("MUG-RED", Given.OrderId, 2, Given.Now)),
            Given.Product("TEE-M", 5));

        var events = VerifyAmazonOrderDecider.Decide(
            null, Given.Verification(settings: Given.Settings with { ImportOrders = false }), products, Given.Websites);

        Assert.Multiple(() =>
        {
            Assert.That(events.OfType<OrderCreationSkipped>().Single().Reason, Is.EqualTo(VerifyAmazonOrderDecider.ImportDisabled));
            Assert.That(events.OfType<StockReservationReleased>().Single().Quantity, Is.EqualTo(2));
            Assert.That(events.OfType<CustomerRequested>(), Is.Empty);
            Assert.That(Given.Apply(null, events).Stage, Is.EqualTo(CommerceOrderStage.NotImported));
        });
    }

    [Test]
    public void Given_an_unknown_website_When_verified_Then_it_is_blocked_naming_the_website()
    {
        var events = VerifyAmazonOrderDecider.Decide(
            null, Given.Verification(settings: Given.Settings with { WebsiteCode = "gone" }), Given.InStock, Given.Websites);

        Assert.That(events.OfType<OrderCreationBlocked>().Single().Reason, Is.EqualTo("Website 'gone' does not exist in Commerce"));
    }

    [Test]
    public void Given_an_order_already_verified_When_verified_again_Then_nothing_happens()
    {
        var process = Given.Apply(null, VerifyAmazonOrderDecider.Decide(null, Given.Verification(), Given.InStock, Given.Websites));

        Assert.Multiple(() =>
        {
            Assert.That(VerifyAmazonOrderDecider.Decide(process, Given.Verification(), Given.InStock, Given.Websites), Is.Empty);
            Assert.That(VerifyAmazonOrderDecider.Decide(
                process, Given.Verification(FulfillmentChannels.Amazon), Given.InStock, Given.Websites), Is.Empty);
        });
    }

    [Test]
    public void Given_a_blocked_order_When_verified_again_Then_the_same_reason_is_not_recorded_twice_but_a_new_one_is()
    {
        var shortStock = Given.Stock(Given.Product("MUG-RED", 1), Given.Product("TEE-M", 5));
        var process = Given.Apply(null, VerifyAmazonOrderDecider.Decide(null, Given.Verification(), shortStock, Given.Websites));

        var same = VerifyAmazonOrderDecider.Decide(process, Given.Verification(), shortStock, Given.Websites);
        var other = VerifyAmazonOrderDecider.Decide(
            process, Given.Verification(), Given.Stock(Given.Product("MUG-RED", 0), Given.Product("TEE-M", 5)), Given.Websites);
        var fixedStock = VerifyAmazonOrderDecider.Decide(process, Given.Verification(), Given.InStock, Given.Websites);

        Assert.Multiple(() =>
        {
            Assert.That(same, Is.Empty);
            Assert.That(other.OfType<OrderCreationBlocked>().Single().Reason, Does.Contain("0 available"));
            Assert.That(fixedStock[^1], Is.TypeOf<CustomerRequested>());
        });
    }

    [Test]
    public void Given_an_order_Amazon_canceled_When_the_verification_arrives_late_Then_nothing_is_created()
    {
        var process = CommerceOrderProcess.Create(new OrderCreationCanceled(Given.OrderId, Given.StoreId, "MFN", Given.Now));

        Assert.That(VerifyAmazonOrderDecider.Decide(process, Given.Verification(), Given.InStock, Given.Websites), Is.Empty);
    }
}
