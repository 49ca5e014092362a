using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.Catalog.SaveProduct;
using Fulfillment.CommerceOrder.Tests.CommerceOrders;

namespace Fulfillment.CommerceOrder.Tests.Catalog;

public sealed class ProductTests
{
    [Test]
    public void Given_holds_of_two_orders_When_asked_Then_each_order_may_take_the_salable_units_plus_its_own_hold()
    {
        var product = Given.Product("MUG-RED", 10)
            .Apply(new StockReserved("MUG-RED", "order-a", 3, Given.Now))
            .Apply(new StockReserved("MUG-RED", "order-b", 4, Given.Now));

        Assert.Multiple(() =>
        {
            Assert.That(product.Salable, Is.EqualTo(3));
            Assert.That(product.AvailableTo("order-a"), Is.EqualTo(6));
            Assert.That(product.AvailableTo("order-c"), Is.EqualTo(3));
        });
    }

    [Test]
    public void Given_a_hold_When_deducted_or_released_Then_the_hold_ends()
    {
        var held = Given.Product("MUG-RED", 10).Apply(new StockReserved("MUG-RED", "order-a", 3, Given.Now));

        var deducted = held.Apply(new StockDeducted("MUG-RED", "order-a", 3, Given.Now));
        var released = held.Apply(new StockReservationReleased("MUG-RED", "order-a", 3, "canceled", Given.Now));

        Assert.Multiple(() =>
        {
            Assert.That((deducted.Quantity, deducted.Reserved, deducted.Salable), Is.EqualTo((7, 0, 7)));
            Assert.That((released.Quantity, released.Reserved, released.Salable), Is.EqualTo((10, 0, 10)));
        });
    }

    [Test]
    public void Given_a_product_When_the_same_values_are_saved_Then_nothing_is_recorded_and_a_change_is()
    {
        var product = Given.Product("MUG-RED", 10);
        var same = new SaveProduct("MUG-RED", "Product MUG-RED", true, 10, true, Given.Now);

        Assert.Multiple(() =>
        {
            Assert.That(SaveProductDecider.Decide(product, same), Is.Empty);
            Assert.That(SaveProductDecider.Decide(product, same with { Quantity = 0 }).Single(),
                Is.EqualTo(new ProductSaved("MUG-RED", "Product MUG-RED", true, 0, true, Given.Now)));
            Assert.That(SaveProductDecider.Decide(null, same), Has.Count.EqualTo(1));
        });
    }
}
