using Fulfillment.Benchmarks.Workflow;

namespace Fulfillment.Benchmarks.Chaos;

/// <summary>A SKU whose stock is not what the placed orders took from it.</summary>
public sealed record StockProblem(string Sku, long Deducted, long Expected, int Reserved)
{
    public override string ToString() => $"{Sku}: {Deducted} units deducted, expected {Expected}; {Reserved} still reserved";
}

/// <summary>
/// Stock deducted exactly once per placed merchant-fulfilled order and never for the others (FBA takes no stock, an
/// order canceled while Pending nothing, and no reservation is left over): every SKU of the catalog, read from the
/// catalog API, against the quantities of the orders with a Commerce order. Each SKU was set to a known quantity when
/// the run began, the restocked one when it was restocked.
/// </summary>
public static class StockCheck
{
    public static async Task<IReadOnlyList<StockProblem>> RunAsync(
        SystemClient client, BenchSettings settings, IReadOnlyList<OrderProgress> orders, int stockPerSku, CancellationToken cancellationToken)
    {
        var expected = orders
            .Where(order => order.Plan.ShipsFromCommerce && order.PlacedAt is not null)
            .SelectMany(order => order.Plan.Lines)
            .GroupBy(line => line.Sku)
            .ToDictionary(group => group.Key, group => (long)group.Sum(line => line.Quantity));
        var problems = new List<StockProblem>();
        var skus = OrderPlan.Catalog(settings.Skus).Select(product => product.Sku).Append(OrderPlan.RestockedSku);
        foreach (var sku in skus)
        {
            var (quantity, reserved) = await client.StockAsync(sku, cancellationToken);
            var deducted = (long)stockPerSku - quantity;
            if (deducted != expected.GetValueOrDefault(sku) || reserved != 0)
            {
                problems.Add(new StockProblem(sku, deducted, expected.GetValueOrDefault(sku), reserved));
            }
        }

        return problems;
    }
}
