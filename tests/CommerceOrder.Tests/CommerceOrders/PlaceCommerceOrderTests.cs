using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders;
using Fulfillment.CommerceOrder.CommerceOrders.PlaceCommerceOrder;
using Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;

namespace Fulfillment.CommerceOrder.Tests.CommerceOrders;

public sealed class PlaceCommerceOrderTests
{
    private static readonly PlaceCommerceOrder GuestCustomer = new(Given.OrderId, null, true, SequenceNumber: 42, Given.Now);

    private static (CommerceOrderProcess Process, IReadOnlyDictionary<string, Product?> Products) AwaitingCustomer(
        VerifyAmazonOrder verification)
    {
        var events = VerifyAmazonOrderDecider.Decide(null, verification, Given.InStock, Given.Websites);
        return (Given.Apply(null, events), Given.ApplyStock(Given.InStock, events));
    }

    [Test]
    public void Given_an_MFN_order_awaiting_its_customer_When_placed_Then_it_is_processing_invoiced_and_priced_as_Amazon()
    {
        var (process, products) = AwaitingCustomer(Given.Verification());

        var events = PlaceCommerceOrderDecider.Decide(process, GuestCustomer, products, Given.Websites);

        var placed = events.OfType<OrderPlaced>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(placed.IncrementId, Is.EqualTo("000000042"));
            Assert.That((placed.State, placed.Status), Is.EqualTo(("processing", "processing")));
            Assert.That((placed.PaymentMethod, placed.ShippingMethod), Is.EqualTo(("amazonpayment", "amazonshipping")));
            Assert.That(placed.StoreViewCode, Is.EqualTo("default"));
            Assert.That(placed.Totals, Is.EqualTo(new OrderTotals(
                "USD", Subtotal: 35.50m, ShippingAmount: 4.99m, TaxAmount: 3.24m, DiscountAmount: 3.00m, GrandTotal: Given.OrderTotal)));
            Assert.That(placed.Totals.Subtotal + placed.Totals.ShippingAmount + placed.Totals.TaxAmount - placed.Totals.DiscountAmount,
                Is.EqualTo(Given.OrderTotal));
            Assert.That(placed.Items[0], Is.EqualTo(new PlacedItem(
                "1", "item-1", "MUG-RED", "Product MUG-RED", 2, Price: 10.00m, RowTotal: 20.00m, TaxAmount: 1.60m, DiscountAmount: 2.00m)));
            Assert.That(events.OfType<OrderInvoiced>().Single().Amount, Is.EqualTo(Given.OrderTotal));
            Assert.That(events.OfType<StockDeducted>().Select(deducted => (deducted.Sku, deducted.Quantity)),
                Is.EquivalentTo(new[] { ("MUG-RED", 2), ("TEE-M", 1) }));
        });
        var stock = Given.ApplyStock(products, events);
        Assert.That((stock["MUG-RED"]!.Quantity, stock["MUG-RED"]!.Reserved), Is.EqualTo((8, 0)), "the hold became a deduction");
    }

    [Test]
    public void Given_a_custom_processing_status_When_placed_Then_the_order_has_it()
    {
        var (process, products) = AwaitingCustomer(Given.Verification(settings: Given.Settings with { CustomProcessingStatus = "amazon_new" }));

        var placed = PlaceCommerceOrderDecider.Decide(process, GuestCustomer, products, Given.Websites).OfType<OrderPlaced>().Single();

        Assert.That((placed.State, placed.Status), Is.EqualTo(("processing", "amazon_new")));
    }

    [Test]
    public void Given_the_Amazon_order_number_as_source_When_placed_Then_the_Commerce_number_is_the_Amazon_order_id()
    {
        var (process, products) = AwaitingCustomer(Given.Verification(settings: Given.Settings with { OrderNumberSource = "AmazonOrderNumber" }));

        var placed = PlaceCommerceOrderDecider.Decide(
            process, GuestCustomer with { SequenceNumber = null }, products, Given.Websites).OfType<OrderPlaced>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(PlaceCommerceOrderDecider.NeedsSequenceNumber(process), Is.False);
            Assert.That(placed.IncrementId, Is.EqualTo(Given.OrderId));
        });
    }

    [TestCase("fr", "fr")]
    [TestCase("removed-view", "default")]
    [TestCase(null, "default")]
    public void Given_a_store_view_setting_When_placed_Then_the_order_is_in_it_or_the_website_default(string? configured, string expected)
    {
        var (process, products) = AwaitingCustomer(Given.Verification(settings: Given.Settings with { StoreViewCode = configured }));

        var placed = PlaceCommerceOrderDecider.Decide(process, GuestCustomer, products, Given.Websites).OfType<OrderPlaced>().Single();

        Assert.That(placed.StoreViewCode, Is.EqualTo(expected));
    }

    [Test]
    public void Given_an_FBA_order_When_placed_Then_it_is_complete_and_stock_is_untouched()
    {
        var (process, products) = AwaitingCustomer(Given.Verification(FulfillmentChannels.Amazon));

        var events = PlaceCommerceOrderDecider.Decide(process, GuestCustomer with { CustomerId = "17", CustomerIsGuest = false }, products, Given.Websites);

        var placed = events.OfType<OrderPlaced>().Single();
        Assert.Multiple(() =>
        {
            Assert.That((placed.State, placed.Status), Is.EqualTo(("complete", "complete")));
            Assert.That((placed.CustomerId, placed.CustomerIsGuest), Is.EqualTo(("17", false)));
            Assert.That(events.OfType<IStockEvent>(), Is.Empty);
        });
    }

    [Test]
    public void Given_a_placed_order_When_the_customer_answer_arrives_again_Then_nothing_happens()
    {
        var (process, products) = AwaitingCustomer(Given.Verification());
        var placed = Given.Apply(process, PlaceCommerceOrderDecider.Decide(process, GuestCustomer, products, Given.Websites));

        Assert.Multiple(() =>
        {
            Assert.That(PlaceCommerceOrderDecider.IsAwaitingCustomer(placed), Is.False);
            Assert.That(PlaceCommerceOrderDecider.Decide(placed, GuestCustomer, products, Given.Websites), Is.Empty);
        });
    }
}
