using Fulfillment.OrderImport.SpApi;
using Fulfillment.OrderImport.SpApi.OrdersV0;
using Fulfillment.SpApiClient;
using Fulfillment.SpApiClient.Models;

namespace Fulfillment.OrderImport.Tests.SpApi;

/// <summary>Amazon's <c>Order</c> read into a listing: the shipment service level the warehouse hand-off needs.</summary>
public sealed class OrdersV0MappingTests
{
    private static Order AmazonOrder(string? shipmentServiceLevelCategory) => new(
        "111-2223334-4445556", "2026-11-20T10:00:00Z", "2026-11-20T10:05:00Z", "Unshipped", "MFN", "ATVPDKIKX0DER",
        new Money("USD", "39.80"), 0, 2, BuyerInfo: null, ShippingAddress: null, shipmentServiceLevelCategory);

    [TestCase("Standard")]
    [TestCase("Expedited")]
    [TestCase("NextDay")]
    public void Given_an_order_with_a_service_level_category_When_mapped_Then_the_listing_carries_it(string category) =>
        Assert.That(OrdersV0Mapping.ToListing(AmazonOrder(category)).ShipmentServiceLevel, Is.EqualTo(category));

    [TestCase(null)]
    [TestCase("")]
    public void Given_an_order_without_a_service_level_category_When_mapped_Then_the_listing_has_none_and_no_problem(string? category)
    {
        var listing = OrdersV0Mapping.ToListing(AmazonOrder(category));

        Assert.Multiple(() =>
        {
            Assert.That(listing.ShipmentServiceLevel, Is.Null);
            Assert.That(listing.Problem, Is.Null, "Amazon may leave it out: the order is still importable");
        });
    }

    [Test]
    public void Given_Amazons_json_When_read_Then_the_category_comes_from_ShipmentServiceLevelCategory()
    {
        const string json = """{"AmazonOrderId":"111-2223334-4445556","ShipServiceLevel":"Std Dom","ShipmentServiceLevelCategory":"SecondDay"}""";

        var order = System.Text.Json.JsonSerializer.Deserialize<Order>(json, SpApiTransport.Json)!;

        Assert.That(order.ShipmentServiceLevelCategory, Is.EqualTo("SecondDay"));
    }
}
