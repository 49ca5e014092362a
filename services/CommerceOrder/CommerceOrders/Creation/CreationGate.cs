using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.Websites;

namespace Fulfillment.CommerceOrder.CommerceOrders.Creation;

/// <summary>
/// The stock gate (C1) of a verified order: every SKU must be a product of the catalog, enabled, and (MFN, managed
/// stock) available to this order, its own hold included. Passing holds the stock and asks for the customer;
/// failing blocks the order with the reasons, once per distinct reason.
/// </summary>
public static class CreationGate
{
    public static IReadOnlyList<object> Decide(
        CommerceOrderProcess process, IReadOnlyDictionary<string, Product?> products, CommerceWebsites websites,
        DateTimeOffset now)
    {
        var settings = process.Verified?.Settings
            ?? throw new InvalidOperationException($"Order {process.Id} is not verified: it cannot pass the gate.");
        var needs = process.QuantitiesBySku();
        var problems = needs
            .Select(need => (Sku: need.Key, Problem: ProblemOf(process, need.Key, need.Value, products.GetValueOrDefault(need.Key))))
            .Where(found => found.Problem is not null)
            .ToList();
        var websiteProblem = websites.Exists(settings.WebsiteCode)
            ? null
            : $"Website '{settings.WebsiteCode}' does not exist in Commerce";

        if (problems.Count > 0 || websiteProblem is not null)
        {
            var reason = string.Join("; ", problems.Select(found => found.Problem!).Append(websiteProblem).OfType<string>());
            return process.Stage == CommerceOrderStage.Blocked && process.BlockReason == reason
                ? []
                : [new OrderCreationBlocked(process.Id, process.StoreId, reason, [.. problems.Select(found => found.Sku)], now)];
        }

        var holds = process.IsMerchantFulfilled
            ? needs
                .Where(need => products[need.Key]!.ManageStock && products[need.Key]!.ReservedFor(process.Id) != need.Value)
                .Select(need => (object)new StockReserved(need.Key, process.Id, need.Value, now))
            : [];
        return [.. holds, new CustomerRequested(
            process.Id, process.StoreId, settings.WebsiteCode, settings.CustomerCreation, settings.Version, now)];
    }

    private static string? ProblemOf(CommerceOrderProcess process, string sku, int needed, Product? product)
    {
        if (product is null)
        {
            return $"Product '{sku}' does not exist in the catalog";
        }

        if (!product.Enabled)
        {
            return $"Product '{sku}' is disabled";
        }

        // FBA orders ship from Amazon's stock (C3): Commerce stock never stops them.
        var available = product.AvailableTo(process.Id);
        return process.IsMerchantFulfilled && product.ManageStock && available < needed
            ? $"Product '{sku}' is out of stock ({needed} ordered, {Math.Max(available, 0)} available)"
            : null;
    }
}
