namespace Fulfillment.Benchmarks.Workflow;

/// <summary>What happens to one benchmark order, and what the system must show for it at the end.</summary>
public enum OrderKind
{
    /// <summary>Merchant-fulfilled, in stock: verified, placed in Commerce, shipped from Commerce, confirmed to Amazon.</summary>
    Mfn,

    /// <summary>Fulfilled by Amazon: Amazon verifies and ships it; Commerce records it complete.</summary>
    Fba,

    /// <summary>Merchant-fulfilled with a SKU out of stock: blocked until the benchmark restocks it, then as <see cref="Mfn"/>.</summary>
    BlockedThenRestocked,

    /// <summary>The buyer cancels it while Amazon still holds it Pending: no Commerce order may ever exist.</summary>
    CanceledWhilePending,

    /// <summary>
    /// Merchant-fulfilled, placed in Commerce, then canceled by an operator at Amazon (an order acknowledgement feed):
    /// Amazon cancels it once, the Commerce order is refunded and closed, its units go back to stock. Only in the
    /// fault suite's mix, which must call the Feeds API.
    /// </summary>
    CanceledBySeller,
}

public sealed record PlannedLine(string Sku, int Quantity, decimal UnitPrice);

public sealed record PlannedOrder(int Number, OrderKind Kind, IReadOnlyList<PlannedLine> Lines)
{
    public bool ShipsFromCommerce => Kind is OrderKind.Mfn or OrderKind.BlockedThenRestocked;

    public bool ExpectsCommerceOrder => Kind != OrderKind.CanceledWhilePending;

    public bool CanceledAtAmazon => Kind is OrderKind.CanceledWhilePending or OrderKind.CanceledBySeller;

    public string ExpectedAmazonStatus => CanceledAtAmazon ? "Canceled" : "Shipped";

    /// <summary>
    /// <c>Completed</c> once Amazon reports a merchant-shipped order Shipped (W5); an FBA order shows Amazon's own
    /// <c>Shipped</c>, as no merchant shipment exists for it.
    /// </summary>
    public string ExpectedChannelStatus => Kind switch
    {
        OrderKind.CanceledWhilePending or OrderKind.CanceledBySeller => "Canceled",
        OrderKind.Fba => "Shipped",
        _ => "Completed",
    };
}

/// <summary>
/// The order mix, over a catalog of evenly popular SKUs: 80 % MFN with 1-3 lines (of which 5 % blocked then restocked, 5 % canceled by the buyer while
/// Pending), 20 % FBA. Drawn from a seeded random source, so a run can be repeated exactly.
/// </summary>
public static class OrderPlan
{
    public const string RestockedSku = "BENCH-RESTOCK";

    /// <summary>The catalog the buyers order from: <paramref name="size"/> SKUs at prices from 2.50 to 49.50.</summary>
    public static IReadOnlyList<(string Sku, decimal Price)> Catalog(int size) =>
        [.. Enumerable.Range(1, size).Select(number => ($"BENCH-{number:D4}", 2.50m + number % 48))];

    /// <param name="sellerCancelPercent">
    /// The share of orders an operator cancels at Amazon once they are placed in Commerce, taken from the plain MFN
    /// orders (the benchmark has none; the fault suite needs them to call the Feeds API).
    /// </param>
    public static IReadOnlyList<PlannedOrder> Draw(int count, int skus, int seed, int sellerCancelPercent = 0)
    {
        var random = new Random(seed);
        var catalog = Catalog(skus);
        return [.. Enumerable.Range(1, count).Select(number =>
        {
            var roll = random.Next(100);
            var kind = roll switch
            {
                < 20 => OrderKind.Fba,
                < 25 => OrderKind.BlockedThenRestocked,
                < 30 => OrderKind.CanceledWhilePending,
                _ when roll < 30 + sellerCancelPercent => OrderKind.CanceledBySeller,
                _ => OrderKind.Mfn,
            };
            var lines = Enumerable.Range(0, kind == OrderKind.Fba ? 1 : random.Next(1, 4))
                .Select(_ => catalog[random.Next(catalog.Count)])
                .DistinctBy(product => product.Sku)
                .Select(product => new PlannedLine(product.Sku, random.Next(1, 3), product.Price))
                .ToList();
            if (kind == OrderKind.BlockedThenRestocked)
            {
                lines.Add(new PlannedLine(RestockedSku, 1, 11.00m));
            }

            return new PlannedOrder(number, kind, lines);
        })];
    }
}
