namespace Fulfillment.SpApiSimulator.Orders;

/// <summary>One line of an order as Amazon holds it; prices are per line except <paramref name="UnitPrice"/>.</summary>
public sealed record SimulatedOrderItem(
    string OrderItemId,
    string Asin,
    string SellerSku,
    string Title,
    int QuantityOrdered,
    int QuantityShipped,
    decimal UnitPrice,
    decimal ItemTax,
    decimal ShippingPrice)
{
    /// <summary>Amazon's <c>ItemPrice</c> is the selling price times the quantity.</summary>
    public decimal ItemPrice => UnitPrice * QuantityOrdered;

    public int QuantityLeftToShip => QuantityOrdered - QuantityShipped;
}
