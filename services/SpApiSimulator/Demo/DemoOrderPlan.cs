using Fulfillment.SpApiSimulator.Admin.PlaceOrder;
using Fulfillment.SpApiSimulator.Orders;

namespace Fulfillment.SpApiSimulator.Demo;

/// <summary>What one demo buyer orders and what Amazon will do with the order, drawn from a seeded random source.</summary>
public sealed record DemoOrderPlan(
    FulfillmentChannel Channel,
    IReadOnlyList<PlaceOrderItem> Items,
    PlaceOrderBuyer Buyer,
    PlaceOrderAddress ShipTo,
    bool CanceledBeforeVerification)
{
    private static readonly (string Name, string City, string Region, string PostalCode)[] Buyers =
    [
        ("Ava Martin", "Seattle", "WA", "98101"),
        ("Noah Garcia", "Austin", "TX", "73301"),
        ("Mia Chen", "Denver", "CO", "80202"),
        ("Liam Smith", "Boston", "MA", "02108"),
        ("Zoe Patel", "Portland", "OR", "97201"),
        ("Ethan Brown", "Chicago", "IL", "60601"),
    ];

    public static DemoOrderPlan Draw(Random random, DemoOptions options)
    {
        var channel = random.NextDouble() < options.FbaShare ? FulfillmentChannel.AFN : FulfillmentChannel.MFN;
        var lineCount = channel == FulfillmentChannel.AFN ? 1 : random.Next(1, Math.Min(3, options.Products.Count) + 1);
        var items = options.Products
            .OrderBy(_ => random.Next())
            .Take(lineCount)
            .Select(product => new PlaceOrderItem(
                product.Sku, random.Next(1, 3), product.UnitPrice, product.Title,
                ItemTax: Math.Round(product.UnitPrice * 0.08m, 2), ShippingPrice: 4.99m))
            .ToList();
        var (name, city, region, postalCode) = Buyers[random.Next(Buyers.Length)];
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}@example.com";
        return new DemoOrderPlan(
            channel,
            items,
            new PlaceOrderBuyer(name, email),
            new PlaceOrderAddress(name, $"{random.Next(1, 999)} Main Street", null, city, region, postalCode, "US", null, "Residential"),
            CanceledBeforeVerification: channel == FulfillmentChannel.MFN && random.NextDouble() < options.CancelShare);
    }
}
