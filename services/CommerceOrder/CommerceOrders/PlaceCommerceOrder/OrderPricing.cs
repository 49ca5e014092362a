using Fulfillment.CommerceOrder.Catalog;

namespace Fulfillment.CommerceOrder.CommerceOrders.PlaceCommerceOrder;

/// <summary>Commerce items and totals from Amazon's amounts: the Commerce order charges exactly what Amazon charged.</summary>
public static class OrderPricing
{
    public static IReadOnlyList<PlacedItem> Items(AmazonOrderVerified verified, IReadOnlyDictionary<string, Product?> products) =>
        [.. verified.Lines.Select((line, index) => new PlacedItem(
            (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            line.OrderItemId,
            line.SellerSku,
            products.GetValueOrDefault(line.SellerSku)?.Name ?? line.Title ?? line.SellerSku,
            line.Quantity,
            Math.Round(line.ItemPrice / line.Quantity, 2, MidpointRounding.AwayFromZero),
            line.ItemPrice,
            line.ItemTax,
            line.PromotionDiscount))];

    /// <summary>
    /// Sums of Amazon's line amounts; the grand total is Amazon's order total itself, so that the Commerce order
    /// always equals what the buyer paid even when Amazon adds a charge the lines do not show.
    /// </summary>
    public static OrderTotals Totals(AmazonOrderVerified verified) => new(
        verified.CurrencyCode,
        verified.Lines.Sum(line => line.ItemPrice),
        verified.Lines.Sum(line => line.ShippingPrice),
        verified.Lines.Sum(line => line.ItemTax + line.ShippingTax),
        verified.Lines.Sum(line => line.PromotionDiscount + line.ShippingDiscount),
        verified.OrderTotal);
}
