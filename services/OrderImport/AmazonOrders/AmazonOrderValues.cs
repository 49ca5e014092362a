namespace Fulfillment.OrderImport.AmazonOrders;

public enum FulfillmentChannel
{
    MFN,
    AFN,
}

/// <summary>Amazon's order statuses (Orders API v0 <c>OrderStatus</c>).</summary>
public enum AmazonOrderStatus
{
    Pending,
    Unshipped,
    PartiallyShipped,
    Shipped,
    Canceled,
    Unfulfillable,
    InvoiceUnconfirmed,
    PendingAvailability,
}

public sealed record Price(decimal Amount, string CurrencyCode);

/// <summary>One order item; prices are known only once Amazon has verified the order.</summary>
public sealed record AmazonOrderItem(
    string OrderItemId,
    string SellerSku,
    int Quantity,
    string? Title = null,
    Price? ItemPrice = null,
    Price? ItemTax = null,
    Price? ShippingPrice = null,
    Price? ShippingTax = null,
    Price? PromotionDiscount = null,
    Price? ShippingDiscount = null);

public sealed record AmazonOrderTotal(decimal Amount, string CurrencyCode);
