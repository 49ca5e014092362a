using Fulfillment.SpApiSimulator.Orders;
using Fulfillment.SpApiSimulator.OrdersApi.Shapes;

namespace Fulfillment.SpApiSimulator.OrdersApi.Projections;

/// <summary>
/// An order item as <c>getOrderItems</c> shows it. As the model says, while an order is Pending Amazon returns no
/// pricing, taxes, shipping charges, gift status or promotions.
/// </summary>
public static class OrderItemProjection
{
    public static OrderItem ToOrderItem(SimulatedOrder order, SimulatedOrderItem item)
    {
        var priced = order.PaymentVerified;
        var currency = order.Marketplace.CurrencyCode;
        Money? Price(decimal amount) => priced ? Money.Of(amount, currency) : null;
        return new OrderItem(
            item.Asin,
            item.SellerSku,
            item.OrderItemId,
            item.Title,
            item.QuantityOrdered,
            item.QuantityShipped,
            new ProductInfoDetail(NumberOfItems: "1"),
            ItemPrice: Price(item.ItemPrice),
            ShippingPrice: Price(item.ShippingPrice),
            ItemTax: Price(item.ItemTax),
            ShippingTax: Price(0m),
            ShippingDiscount: Price(0m),
            PromotionDiscount: Price(0m),
            IsGift: priced ? "false" : null,
            ConditionId: "New",
            ConditionSubtypeId: "New",
            IsTransparency: false,
            order.BuyerCancelRequest is { } request
                ? new BuyerRequestedCancel(IsBuyerRequestedCancel: "true", BuyerCancelReason: request.Reason)
                : null);
    }
}
