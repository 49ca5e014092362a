using Fulfillment.Contracts.CommerceOrders;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>SPEC §6 and W3/F3: when a verified Amazon order becomes a Commerce order, and when it does not.</summary>
public sealed class CreationRulesTests
{
    private static CommerceFixture Commerce => CommerceSideSetUp.Fixture;

    [Test]
    public async Task Given_an_MFN_order_in_stock_When_Amazon_verifies_it_Then_one_processing_order_is_placed_with_Amazons_amounts()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);

        await Commerce.PublishAsync(order.Unshipped());

        var placed = await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        var product = await Commerce.ProductAsync(order.Sku);
        var handOff = await Commerce.HandOffAsync(order.AmazonOrderId);
        Assert.Multiple(() =>
        {
            Assert.That(placed.GetProperty("increment_id").GetString(), Does.Match("^[0-9]{9}$"));
            Assert.That(placed.GetProperty("state").GetString(), Is.EqualTo("processing"));
            Assert.That(placed.GetProperty("status").GetString(), Is.EqualTo("processing"));
            Assert.That(placed.GetProperty("store_code").GetString(), Is.EqualTo("default"));
            Assert.That(placed.GetProperty("grand_total").GetDecimal(), Is.EqualTo(VerifiedOrders.OrderTotal));
            Assert.That(placed.GetProperty("subtotal").GetDecimal(), Is.EqualTo(39.80m));
            Assert.That(placed.GetProperty("tax_amount").GetDecimal(), Is.EqualTo(3.58m));
            Assert.That(placed.GetProperty("shipping_amount").GetDecimal(), Is.EqualTo(4.99m));
            Assert.That(placed.GetProperty("discount_amount").GetDecimal(), Is.EqualTo(-2.00m));
            Assert.That(placed.GetProperty("total_invoiced").GetDecimal(), Is.EqualTo(VerifiedOrders.OrderTotal));
            Assert.That(placed.GetProperty("email_sent").GetBoolean(), Is.False);
            Assert.That(placed.GetProperty("payment").GetProperty("method").GetString(), Is.EqualTo("amazonpayment"));
            Assert.That(placed.GetProperty("payment").GetProperty("po_number").GetString(), Is.EqualTo(order.AmazonOrderId));
            Assert.That(placed.GetProperty("items")[0].GetProperty("sku").GetString(), Is.EqualTo(order.Sku));
            Assert.That(placed.GetProperty("items")[0].GetProperty("qty_ordered").GetInt32(), Is.EqualTo(2));
            Assert.That(product.GetProperty("quantity").GetInt32(), Is.EqualTo(3), "stock deducted (C3)");
            Assert.That(product.GetProperty("reserved").GetInt32(), Is.Zero);
            Assert.That(handOff.CommerceOrderNumber, Is.EqualTo(placed.GetProperty("increment_id").GetString()));
            Assert.That(handOff.ShippingMethod, Is.EqualTo("amazonshipping"));
            Assert.That(handOff.ShipmentServiceLevel, Is.EqualTo("Expedited"));
            Assert.That(handOff.ShipTo, Is.EqualTo(VerifiedOrders.ShipTo));
            Assert.That(handOff.Items.Select(item => (item.Sku, item.Quantity)), Is.EqualTo(new[] { (order.Sku, 2) }));
            Assert.That(Commerce.Published.CountOf<CommerceOrderPlaced>(order.AmazonOrderId), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_an_MFN_order_out_of_stock_When_verified_Then_it_is_blocked_and_placed_after_the_restock_without_an_operator()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 1);

        await Commerce.PublishAsync(order.Unshipped());

        var blocked = await Commerce.ProcessInStageAsync(order.AmazonOrderId, "Blocked");
        var reason = blocked.GetProperty("blockReason").GetString();
        var published = await Eventually.GetAsync(
            () => Task.FromResult(Commerce.Published.Last<CommerceOrderBlocked>(order.AmazonOrderId)),
            TimeSpan.FromSeconds(30), "CommerceOrderBlocked");
        Assert.Multiple(() =>
        {
            Assert.That(reason, Is.EqualTo($"Product '{order.Sku}' is out of stock (2 ordered, 1 available)"));
            Assert.That(published.Reason, Is.EqualTo(reason));
        });
        Assert.That(await Commerce.CommerceOrderOfAsync(order.AmazonOrderId), Is.Null);

        // The fixture's sweep of blocked orders is an hour away: only the restock itself can place the order in time.
        await Commerce.SaveProductAsync(order.Sku, quantity: 4);

        var placed = await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        Assert.Multiple(async () =>
        {
            Assert.That(placed.GetProperty("state").GetString(), Is.EqualTo("processing"));
            Assert.That((await Commerce.ProductAsync(order.Sku)).GetProperty("quantity").GetInt32(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Given_a_missing_product_When_verified_Then_it_is_blocked_and_placed_once_the_product_is_created()
    {
        var order = VerifiedOrders.New();

        await Commerce.PublishAsync(order.Unshipped());

        var blocked = await Commerce.ProcessInStageAsync(order.AmazonOrderId, "Blocked");
        Assert.That(blocked.GetProperty("blockReason").GetString(), Is.EqualTo($"Product '{order.Sku}' does not exist in the catalog"));

        await Commerce.SaveProductAsync(order.Sku, quantity: 2, enabled: false);
        var disabled = await Eventually.GetAsync<string>(
            async () => (await Commerce.ProcessOfAsync(order.AmazonOrderId))!.Value.GetProperty("blockReason").GetString()
                is { } text && text.Contains("disabled") ? text : null,
            TimeSpan.FromSeconds(30), "the block reason to follow the catalog");
        await Commerce.SaveProductAsync(order.Sku, quantity: 2, enabled: true);

        await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        Assert.That(disabled, Is.EqualTo($"Product '{order.Sku}' is disabled"));
    }

    [Test]
    public async Task Given_an_FBA_order_When_Amazon_shipped_it_Then_one_complete_order_is_placed_and_stock_is_untouched()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 0);

        await Commerce.PublishAsync(order.Shipped());

        var placed = await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        var product = await Commerce.ProductAsync(order.Sku);
        Assert.Multiple(() =>
        {
            Assert.That(placed.GetProperty("state").GetString(), Is.EqualTo("complete"));
            Assert.That(placed.GetProperty("status").GetString(), Is.EqualTo("complete"));
            Assert.That(placed.GetProperty("grand_total").GetDecimal(), Is.EqualTo(VerifiedOrders.OrderTotal));
            Assert.That(placed.GetProperty("extension_attributes").GetProperty("fulfillment_channel").GetString(), Is.EqualTo("AFN"));
            Assert.That(product.GetProperty("quantity").GetInt32(), Is.Zero);
        });
    }

    [Test]
    public async Task Given_a_pending_order_When_nothing_else_arrives_Then_no_Commerce_order_exists()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);

        await Commerce.PublishAsync(order.Pending());

        await Commerce.ProcessInStageAsync(order.AmazonOrderId, "AwaitingAmazonVerification");
        Assert.Multiple(async () =>
        {
            Assert.That(await Commerce.CommerceOrderOfAsync(order.AmazonOrderId), Is.Null);
            Assert.That(Commerce.Published.CountOf<Fulfillment.Contracts.Customers.ProvisionCustomer>(order.AmazonOrderId), Is.Zero);
            Assert.That((await Commerce.ProductAsync(order.Sku)).GetProperty("reserved").GetInt32(), Is.Zero,
                "the store does not reserve pending orders");
        });
    }

    [Test]
    public async Task Given_a_store_that_does_not_import_orders_When_an_order_is_verified_Then_no_Commerce_order_is_created()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);

        await Commerce.PublishAsync(order.Unshipped(VerifiedOrders.DefaultSettings with { ImportOrders = false }));

        await Commerce.ProcessInStageAsync(order.AmazonOrderId, "NotImported");
        Assert.Multiple(async () =>
        {
            Assert.That(await Commerce.CommerceOrderOfAsync(order.AmazonOrderId), Is.Null);
            Assert.That((await Commerce.ProductAsync(order.Sku)).GetProperty("quantity").GetInt32(), Is.EqualTo(5));
        });
    }
}
