namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>Orders as a buyer places them on Amazon, in the admin API's shape.</summary>
public static class SimulatedOrders
{
    public static object Mfn(
        SimulatedSeller seller, DateTimeOffset? purchaseDate = null, IReadOnlyList<(string Sku, int Quantity, decimal UnitPrice)>? items = null) => new
    {
        sellerId = seller.SellerId,
        marketplaceId = RunningSimulator.UsMarketplace,
        fulfillmentChannel = "MFN",
        items = Items(items),
        buyer = new { name = "Jane Doe", email = "jane.doe@marketplace.amazon.com" },
        shipTo = new
        {
            name = "Jane Doe",
            addressLine1 = "410 Terry Ave N",
            city = "Seattle",
            stateOrRegion = "WA",
            postalCode = "98109",
            countryCode = "US",
            phone = "+1 206-555-0100",
            addressType = "Residential",
        },
        purchaseDate,
    };

    /// <summary>An FBA order whose buyer left no name; the ship-to address still has a phone that Amazon must hide.</summary>
    public static object Afn(SimulatedSeller seller, DateTimeOffset? purchaseDate = null) => new
    {
        sellerId = seller.SellerId,
        marketplaceId = RunningSimulator.UsMarketplace,
        fulfillmentChannel = "AFN",
        items = Items([("SKU-FBA-1", 1, 25.00m)]),
        buyer = new { email = "fba.buyer@marketplace.amazon.com" },
        shipTo = new
        {
            name = "Sam Smith",
            addressLine1 = "1 Main St",
            city = "Austin",
            stateOrRegion = "TX",
            postalCode = "73301",
            countryCode = "US",
            phone = "+1 512-555-0100",
        },
        purchaseDate,
    };

    private static object[] Items(IReadOnlyList<(string Sku, int Quantity, decimal UnitPrice)>? items) =>
        items is null
            ? [new { sellerSku = "SKU-MUG-RED", quantity = 2, unitPrice = 12.50m, itemTax = 2.00m, shippingPrice = 4.99m }]
            : [.. items.Select(item => new { sellerSku = item.Sku, quantity = item.Quantity, unitPrice = item.UnitPrice })];
}
