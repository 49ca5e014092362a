namespace Fulfillment.Contracts.AmazonOrders;

/// <summary>One Amazon order item: Amazon's item id, the seller's SKU and the ordered quantity.</summary>
public sealed record OrderLine(string OrderItemId, string SellerSku, int Quantity)
{
    /// <summary>Amazon's prices for the line, once the order is verified; null while it is pending.</summary>
    public LinePrices? Prices { get; init; }

    public string? Title { get; init; }
}

/// <summary>Amounts of one line in the order's currency, as Amazon charged them (totals for the whole quantity).</summary>
public sealed record LinePrices(
    decimal ItemPrice,
    decimal ItemTax,
    decimal ShippingPrice,
    decimal ShippingTax,
    decimal PromotionDiscount,
    decimal ShippingDiscount);
