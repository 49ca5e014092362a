namespace Fulfillment.SpApiSimulator.OrdersApi.Shapes;

/// <summary>The model's <c>OrderItem</c>, with the properties the simulator fills, in the model's order.</summary>
public sealed record OrderItem(
    string ASIN,
    string SellerSKU,
    string OrderItemId,
    string Title,
    int QuantityOrdered,
    int QuantityShipped,
    ProductInfoDetail ProductInfo,
    Money? ItemPrice,
    Money? ShippingPrice,
    Money? ItemTax,
    Money? ShippingTax,
    Money? ShippingDiscount,
    Money? PromotionDiscount,
    string? IsGift,
    string ConditionId,
    string ConditionSubtypeId,
    bool IsTransparency,
    BuyerRequestedCancel? BuyerRequestedCancel);

public sealed record ProductInfoDetail(string NumberOfItems);

/// <summary>Booleans as strings, as the model has them.</summary>
public sealed record BuyerRequestedCancel(string IsBuyerRequestedCancel, string BuyerCancelReason);

/// <summary>The payload of <c>getOrderItems</c>.</summary>
public sealed record OrderItemsList(IReadOnlyList<OrderItem> OrderItems, string? NextToken, string AmazonOrderId);
