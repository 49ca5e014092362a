using Fulfillment.CommerceOrder.Catalog;

namespace Fulfillment.CommerceOrder.CommerceOrders.Creation;

/// <summary>What happens to the stock an order holds or took when the order ends without shipping.</summary>
public static class StockHolds
{
    /// <summary>Every hold of the order is given back (A2: canceled before creation; S1: nothing will be created).</summary>
    public static IEnumerable<object> ReleaseAll(
        CommerceOrderProcess process, IReadOnlyDictionary<string, Product?> products, string reason, DateTimeOffset now) =>
        products.Values
            .OfType<Product>()
            .Where(product => product.ReservedFor(process.Id) > 0)
            .Select(product => new StockReservationReleased(
                product.Id, process.Id, product.ReservedFor(process.Id), reason, now));

    /// <summary>The Commerce order takes its units out of stock (C3), ending its holds. FBA never touches stock.</summary>
    public static IEnumerable<object> Deduct(
        CommerceOrderProcess process, IReadOnlyDictionary<string, Product?> products, DateTimeOffset now) =>
        ManagedNeeds(process, products).Select(need => new StockDeducted(need.Key, process.Id, need.Value, now));

    /// <summary>A refunded order that never shipped puts its units back (A2).</summary>
    public static IEnumerable<object> Return(
        CommerceOrderProcess process, IReadOnlyDictionary<string, Product?> products, DateTimeOffset now) =>
        ManagedNeeds(process, products).Select(need => new StockReturned(need.Key, process.Id, need.Value, now));

    private static IEnumerable<KeyValuePair<string, int>> ManagedNeeds(
        CommerceOrderProcess process, IReadOnlyDictionary<string, Product?> products) =>
        process.IsMerchantFulfilled
            ? process.QuantitiesBySku().Where(need => products.GetValueOrDefault(need.Key)?.ManageStock == true)
            : [];
}
