using Fulfillment.Contracts.AmazonOrders;

namespace Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;

/// <summary>What <c>OrderUnshipped</c> and <c>OrderShipped</c> both say: a verified order, with its buyer.</summary>
public sealed record VerifiedOrderMessage(VerifyAmazonOrder Command, Buyer? Buyer)
{
    public static VerifiedOrderMessage From(OrderUnshipped message, DateTimeOffset now) => new(
        ToCommand(message.AmazonOrderId, message.StoreId, message.MarketplaceId, message.FulfillmentChannel,
            message.Lines, message.OrderTotal, message.CurrencyCode, message.ShipmentServiceLevel, message.Settings, now),
        message.Buyer);

    public static VerifiedOrderMessage From(OrderShipped message, DateTimeOffset now) => new(
        ToCommand(message.AmazonOrderId, message.StoreId, message.MarketplaceId, message.FulfillmentChannel,
            message.Lines, message.OrderTotal, message.CurrencyCode, message.ShipmentServiceLevel, message.Settings, now),
        message.Buyer);

    private static VerifyAmazonOrder ToCommand(
        string amazonOrderId, string storeId, string marketplaceId, string channel, IReadOnlyList<OrderLine> lines,
        decimal orderTotal, string currencyCode, string? shipmentServiceLevel, StoreSettings settings, DateTimeOffset now) =>
        new(amazonOrderId, storeId, marketplaceId, channel, [.. lines.Select(ToVerifiedLine)], orderTotal, currencyCode,
            shipmentServiceLevel,
            new CreationSettings(
                settings.Version, settings.WebsiteCode, settings.ImportOrders, settings.StoreViewCode,
                settings.CustomerCreation, settings.OrderNumberSource, settings.CustomProcessingStatus),
            now);

    private static VerifiedLine ToVerifiedLine(OrderLine line) => new(
        line.OrderItemId, line.SellerSku, line.Title, line.Quantity,
        line.Prices?.ItemPrice ?? 0, line.Prices?.ItemTax ?? 0, line.Prices?.ShippingPrice ?? 0,
        line.Prices?.ShippingTax ?? 0, line.Prices?.PromotionDiscount ?? 0, line.Prices?.ShippingDiscount ?? 0);
}
