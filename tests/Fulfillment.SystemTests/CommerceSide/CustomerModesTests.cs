using Fulfillment.Contracts.Customers;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>W4 through the Commerce order: guest or a customer of the website, reused by email, one per buyer.</summary>
public sealed class CustomerModesTests
{
    private static readonly Fulfillment.Contracts.AmazonOrders.StoreSettings BuildCustomers =
        VerifiedOrders.DefaultSettings with { CustomerCreation = "BuildNewCustomerAccount" };

    private static CommerceFixture Commerce => CommerceSideSetUp.Fixture;

    [Test]
    public async Task Given_guest_mode_When_an_order_is_placed_Then_it_is_a_guest_order_with_the_buyers_name_and_email()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);

        await Commerce.PublishAsync(order.Unshipped(buyer: VerifiedOrders.BuyerNamed("Jane Q Buyer", " Jane@Example.com ")));

        var placed = await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        Assert.Multiple(() =>
        {
            Assert.That(placed.GetProperty("customer_is_guest").GetBoolean(), Is.True);
            Assert.That(placed.GetProperty("customer_id").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(placed.GetProperty("customer_firstname").GetString(), Is.EqualTo("Jane"));
            Assert.That(placed.GetProperty("customer_lastname").GetString(), Is.EqualTo("Q Buyer"));
            Assert.That(placed.GetProperty("customer_email").GetString(), Is.EqualTo("Jane@Example.com"));
        });
    }

    [Test]
    public async Task Given_build_customer_mode_When_a_new_buyer_orders_twice_Then_the_second_order_reuses_the_customer()
    {
        var first = VerifiedOrders.New();
        var second = first with { AmazonOrderId = FirstSlice.AmazonOrderRequests.NewAmazonOrderId() };
        var email = $"{first.AmazonOrderId}@buyers.example";
        await Commerce.SaveProductAsync(first.Sku, quantity: 10);

        await Commerce.PublishAsync(first.Unshipped(BuildCustomers, VerifiedOrders.BuyerNamed("Ann", email)));
        var firstPlaced = await Commerce.PlacedOrderAsync(first.AmazonOrderId);
        await Commerce.PublishAsync(second.Unshipped(BuildCustomers, VerifiedOrders.BuyerNamed("Ann", email.ToUpperInvariant())));
        var secondPlaced = await Commerce.PlacedOrderAsync(second.AmazonOrderId);

        var customerId = firstPlaced.GetProperty("customer_id").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(customerId, Is.Not.Null.And.Not.Empty);
            Assert.That(firstPlaced.GetProperty("customer_is_guest").GetBoolean(), Is.False);
            Assert.That(firstPlaced.GetProperty("customer_lastname").GetString(), Is.EqualTo("N/A"));
            Assert.That(secondPlaced.GetProperty("customer_id").GetString(), Is.EqualTo(customerId));
            Assert.That(Commerce.Published.Last<CustomerProvisioned>(first.AmazonOrderId)!.CustomerCreated, Is.True);
            Assert.That(Commerce.Published.Last<CustomerProvisioned>(second.AmazonOrderId)!.CustomerCreated, Is.False);
        });
    }

    [Test]
    public async Task Given_a_buyer_without_email_When_the_order_is_placed_Then_the_customer_email_is_the_Amazon_order_address()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);

        await Commerce.PublishAsync(order.Unshipped(BuildCustomers, VerifiedOrders.BuyerNamed("Solo", null)));

        var placed = await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        Assert.Multiple(() =>
        {
            Assert.That(placed.GetProperty("customer_email").GetString(), Is.EqualTo($"{order.AmazonOrderId}@amazon.com"));
            Assert.That(placed.GetProperty("customer_is_guest").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task Given_build_customer_mode_When_one_new_buyers_two_orders_arrive_at_once_Then_both_have_the_same_customer()
    {
        var first = VerifiedOrders.New();
        var second = first with { AmazonOrderId = FirstSlice.AmazonOrderRequests.NewAmazonOrderId() };
        var buyer = VerifiedOrders.BuyerNamed("Twin Buyer", $"{first.AmazonOrderId}@twins.example");
        await Commerce.SaveProductAsync(first.Sku, quantity: 10);

        await Task.WhenAll(
            Commerce.PublishAsync(first.Unshipped(BuildCustomers, buyer)),
            Commerce.PublishAsync(second.Unshipped(BuildCustomers, buyer)));

        var placed = await Task.WhenAll(
            Commerce.PlacedOrderAsync(first.AmazonOrderId), Commerce.PlacedOrderAsync(second.AmazonOrderId));
        var customerId = placed[0].GetProperty("customer_id").GetString();
        using var customer = await Commerce.Customers.Http.GetAsync($"api/customers/{customerId}");
        Assert.Multiple(() =>
        {
            Assert.That(placed[1].GetProperty("customer_id").GetString(), Is.EqualTo(customerId));
            Assert.That(customer.IsSuccessStatusCode, Is.True, "the customer exists in CustomerProvisioning");
        });
    }
}
