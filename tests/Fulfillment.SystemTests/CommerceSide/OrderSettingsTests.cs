namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>S2, S4, S6: where the Commerce order goes, what it is numbered, which status it gets.</summary>
public sealed class OrderSettingsTests
{
    private static CommerceFixture Commerce => CommerceSideSetUp.Fixture;

    [Test]
    public async Task Given_the_Amazon_order_number_as_source_When_placed_Then_the_Commerce_number_is_the_Amazon_order_id()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);

        await Commerce.PublishAsync(order.Unshipped(VerifiedOrders.DefaultSettings with { OrderNumberSource = "AmazonOrderNumber" }));

        var placed = await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        using var byNumber = await Commerce.CommerceOrder.Http.GetAsync($"api/commerce/orders/{order.AmazonOrderId}");
        Assert.Multiple(() =>
        {
            Assert.That(placed.GetProperty("increment_id").GetString(), Is.EqualTo(order.AmazonOrderId));
            Assert.That(byNumber.IsSuccessStatusCode, Is.True, "found by its Commerce number");
        });
    }

    [Test]
    public async Task Given_the_Commerce_sequence_When_two_orders_are_placed_Then_they_get_different_increasing_numbers()
    {
        var first = VerifiedOrders.New();
        var second = VerifiedOrders.New() with { Sku = first.Sku };
        await Commerce.SaveProductAsync(first.Sku, quantity: 10);

        await Commerce.PublishAsync(first.Unshipped());
        var firstNumber = (await Commerce.PlacedOrderAsync(first.AmazonOrderId)).GetProperty("increment_id").GetString()!;
        await Commerce.PublishAsync(second.Unshipped());
        var secondNumber = (await Commerce.PlacedOrderAsync(second.AmazonOrderId)).GetProperty("increment_id").GetString()!;

        using var byNumber = await Commerce.CommerceOrder.Http.GetAsync($"api/commerce/orders/{secondNumber}");
        Assert.Multiple(async () =>
        {
            Assert.That(long.Parse(secondNumber), Is.GreaterThan(long.Parse(firstNumber)));
            Assert.That(byNumber.IsSuccessStatusCode, Is.True);
            Assert.That((await Commerce.CommerceOrderOfAsync(second.AmazonOrderId))!.Value.GetProperty("extension_attributes")
                .GetProperty("amazon_order_id").GetString(), Is.EqualTo(second.AmazonOrderId));
        });
    }

    [Test]
    public async Task Given_a_custom_processing_status_When_placed_Then_the_order_is_processing_with_that_status()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);

        await Commerce.PublishAsync(order.Unshipped(VerifiedOrders.DefaultSettings with { CustomProcessingStatus = "amazon_ready" }));

        var placed = await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        Assert.That(
            (placed.GetProperty("state").GetString(), placed.GetProperty("status").GetString()),
            Is.EqualTo(("processing", "amazon_ready")));
    }

    [TestCase("fr", "fr")]
    [TestCase("deleted_view", "default")]
    public async Task Given_a_store_view_setting_When_placed_Then_the_order_is_in_it_or_in_the_website_default(
        string configured, string expected)
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);

        await Commerce.PublishAsync(order.Unshipped(VerifiedOrders.DefaultSettings with { StoreViewCode = configured }));

        var placed = await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        Assert.That(placed.GetProperty("store_code").GetString(), Is.EqualTo(expected));
    }
}
