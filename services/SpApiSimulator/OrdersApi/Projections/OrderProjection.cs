using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;
using Fulfillment.SpApiSimulator.OrdersApi.Shapes;

namespace Fulfillment.SpApiSimulator.OrdersApi.Projections;

/// <summary>
/// An order as <c>getOrders</c> and <c>getOrder</c> show it. Amazon's rules: no <c>OrderTotal</c> until the payment is
/// verified (nor on a canceled order), buyer data only to a Restricted Data Token asking for <c>buyerInfo</c>, and
/// the address as <see cref="AddressProjection"/> says.
/// </summary>
public static class OrderProjection
{
    public static Order ToOrder(SimulatedOrder order, SpApiCaller caller, DateTimeOffset now) => new(
        order.AmazonOrderId,
        SpApiDates.Format(order.PurchaseDate),
        SpApiDates.Format(order.LastUpdateDate),
        order.Status.ToString(),
        order.FulfillmentChannel.ToString(),
        order.Marketplace.SalesChannel,
        ShipServiceLevel: "Std Dom",
        OrderTotal: order.PaymentVerified && order.Status != OrderStatus.Canceled
            ? Money.Of(order.OrderTotal, order.Marketplace.CurrencyCode)
            : null,
        NumberOfItemsShipped: order.QuantityShipped,
        // Amazon counts nothing as unshipped while the payment is pending (see the model's Pending example).
        NumberOfItemsUnshipped: order.IsPaymentPending || order.Status == OrderStatus.Canceled
            ? 0
            : order.QuantityOrdered - order.QuantityShipped,
        PaymentMethod: "Other",
        PaymentMethodDetails: ["Standard"],
        order.Marketplace.MarketplaceId,
        order.ShipmentServiceLevelCategory,
        OrderType: "StandardOrder",
        SpApiDates.Format(order.EarliestShipDate),
        SpApiDates.Format(order.LatestShipDate),
        SpApiDates.Format(order.EarliestDeliveryDate),
        SpApiDates.Format(order.LatestDeliveryDate),
        IsBusinessOrder: false,
        IsPrime: false,
        IsPremiumOrder: false,
        IsGlobalExpressEnabled: false,
        IsReplacementOrder: false,
        IsSoldByAB: false,
        IsIBA: false,
        IsISPU: false,
        IsAccessPointOrder: false,
        AddressProjection.ShippingAddress(order, caller.MaySee(SpApiCaller.ShippingAddress), now),
        BuyerInfo(order, caller),
        HasRegulatedItems: false);

    private static BuyerInfo? BuyerInfo(SimulatedOrder order, SpApiCaller caller) =>
        order.ShowsBuyer && caller.MaySee(SpApiCaller.BuyerInfo) && (order.Buyer.Email ?? order.Buyer.Name) is not null
            ? new BuyerInfo(order.Buyer.Email, order.Buyer.Name)
            : null;
}
