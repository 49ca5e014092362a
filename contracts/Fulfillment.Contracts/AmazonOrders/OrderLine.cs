namespace Fulfillment.Contracts.AmazonOrders;

/// <summary>One Amazon order item: Amazon's item id, the seller's SKU and the ordered quantity.</summary>
public sealed record OrderLine(string OrderItemId, string SellerSku, int Quantity);
