namespace Fulfillment.SpApiSimulator.OrdersApi.Shapes;

/// <summary>The model's <c>BuyerInfo</c> inside an <c>Order</c>.</summary>
public sealed record BuyerInfo(string? BuyerEmail, string? BuyerName);

/// <summary>The payload of <c>getOrderBuyerInfo</c>.</summary>
public sealed record OrderBuyerInfo(string AmazonOrderId, string? BuyerEmail = null, string? BuyerName = null);

/// <summary>The payload of <c>getOrderAddress</c>.</summary>
public sealed record OrderAddress(string AmazonOrderId, Address? ShippingAddress = null);
