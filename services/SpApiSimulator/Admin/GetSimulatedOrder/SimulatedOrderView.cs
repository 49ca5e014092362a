using Fulfillment.SpApiSimulator.Orders;

namespace Fulfillment.SpApiSimulator.Admin.GetSimulatedOrder;

/// <summary>
/// Amazon's own view of an order, everything included whatever its status: what the seller would see in Seller
/// Central, plus the shipment confirmations Amazon received.
/// </summary>
public sealed record SimulatedOrderView(
    string AmazonOrderId,
    string SellerId,
    string MarketplaceId,
    FulfillmentChannel FulfillmentChannel,
    OrderStatus OrderStatus,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    string CurrencyCode,
    decimal OrderTotal,
    string ShipmentServiceLevelCategory,
    IReadOnlyList<SimulatedOrderItemView> Items,
    Buyer Buyer,
    ShipToAddress? ShipTo,
    BuyerCancelRequest? BuyerCancelRequest,
    IReadOnlyList<StatusChange> StatusHistory,
    IReadOnlyList<ShipmentConfirmation> ShipmentConfirmations,
    SellerCancellation? SellerCancellation)
{
    public static SimulatedOrderView From(SimulatedOrder order) => new(
        order.AmazonOrderId,
        order.SellerId,
        order.Marketplace.MarketplaceId,
        order.FulfillmentChannel,
        order.Status,
        order.PurchaseDate,
        order.LastUpdateDate,
        order.Marketplace.CurrencyCode,
        order.OrderTotal,
        order.ShipmentServiceLevelCategory,
        [.. order.Items.Select(item => new SimulatedOrderItemView(
            item.OrderItemId, item.Asin, item.SellerSku, item.Title, item.QuantityOrdered, item.QuantityShipped,
            item.UnitPrice, item.ItemPrice, item.ItemTax, item.ShippingPrice))],
        order.Buyer,
        order.ShipTo,
        order.BuyerCancelRequest,
        order.History,
        order.Confirmations,
        order.SellerCancellation);
}

public sealed record SimulatedOrderItemView(
    string OrderItemId,
    string Asin,
    string SellerSku,
    string Title,
    int QuantityOrdered,
    int QuantityShipped,
    decimal UnitPrice,
    decimal ItemPrice,
    decimal ItemTax,
    decimal ShippingPrice);
