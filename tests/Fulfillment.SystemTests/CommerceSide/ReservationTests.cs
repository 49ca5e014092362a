using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>S5 Reserve Quantity: a pending MFN order holds its stock until Amazon verifies it and the Commerce order takes it.</summary>
public sealed class ReservationTests
{
    private static readonly Contracts.AmazonOrders.StoreSettings Reserving =
        VerifiedOrders.DefaultSettings with { PendingOrders = "ReserveQuantity" };

    private static CommerceFixture Commerce => CommerceSideSetUp.Fixture;

    [Test]
    public async Task Given_a_reserved_pending_order_When_Amazon_verifies_it_Then_the_order_takes_its_reservation_and_stock_falls_once()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 5);
        await Commerce.PublishAsync(order.Pending(Reserving));
        var reserved = await ProductWhenAsync(order.Sku, product => product.GetProperty("reserved").GetInt32() == 2, "the reservation");

        await Commerce.PublishAsync(order.Unshipped(Reserving));

        await Commerce.PlacedOrderAsync(order.AmazonOrderId);
        var product = await Commerce.ProductAsync(order.Sku);
        Assert.Multiple(() =>
        {
            Assert.That(reserved.GetProperty("quantity").GetInt32(), Is.EqualTo(5), "a reservation is not a deduction");
            Assert.That(reserved.GetProperty("salable").GetInt32(), Is.EqualTo(3));
            Assert.That(product.GetProperty("quantity").GetInt32(), Is.EqualTo(3), "the two ordered units left stock once");
            Assert.That(product.GetProperty("reserved").GetInt32(), Is.Zero, "the order's hold ended with the deduction");
            Assert.That(product.GetProperty("salable").GetInt32(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Given_short_stock_When_a_pending_order_is_noted_Then_nothing_is_reserved_and_operators_see_why()
    {
        var order = VerifiedOrders.New();
        await Commerce.SaveProductAsync(order.Sku, quantity: 1);

        await Commerce.PublishAsync(order.Pending(Reserving));

        var process = await Eventually.GetAsync<object>(
            async () => await Commerce.ProcessOfAsync(order.AmazonOrderId) is { } found
                && found.GetProperty("reservationNote").ValueKind == JsonValueKind.String ? found : null,
            TimeSpan.FromSeconds(30), "the note of the skipped reservation") as JsonElement?;
        var product = await Commerce.ProductAsync(order.Sku);
        Assert.Multiple(() =>
        {
            Assert.That(process!.Value.GetProperty("stage").GetString(), Is.EqualTo("AwaitingAmazonVerification"));
            Assert.That(process.Value.GetProperty("reservationNote").GetString(),
                Is.EqualTo($"Product '{order.Sku}' has 1 salable, 2 ordered"));
            Assert.That(process.Value.GetProperty("unreservedSkus").EnumerateArray().Select(sku => sku.GetString()),
                Is.EqualTo(new[] { order.Sku }));
            Assert.That(product.GetProperty("reserved").GetInt32(), Is.Zero);
            Assert.That(product.GetProperty("quantity").GetInt32(), Is.EqualTo(1));
        });
    }

    private static async Task<JsonElement> ProductWhenAsync(string sku, Func<JsonElement, bool> condition, string what) =>
        (await Eventually.GetAsync<object>(
            async () => await Commerce.ProductAsync(sku) is var product && condition(product) ? product : null,
            TimeSpan.FromSeconds(30), $"{what} of {sku}") as JsonElement?)!.Value;
}
