namespace Fulfillment.SpApiSimulator.OrdersApi.Shapes;

/// <summary>The model's <c>Order</c>, with the properties the simulator fills, in the model's order.</summary>
public sealed record Order(
    string AmazonOrderId,
    string PurchaseDate,
    string LastUpdateDate,
    string OrderStatus,
    string FulfillmentChannel,
    string SalesChannel,
    string ShipServiceLevel,
    Money? OrderTotal,
    int NumberOfItemsShipped,
    int NumberOfItemsUnshipped,
    string PaymentMethod,
    IReadOnlyList<string> PaymentMethodDetails,
    string MarketplaceId,
    string ShipmentServiceLevelCategory,
    string OrderType,
    string EarliestShipDate,
    string LatestShipDate,
    string EarliestDeliveryDate,
    string LatestDeliveryDate,
    bool IsBusinessOrder,
    bool IsPrime,
    bool IsPremiumOrder,
    bool IsGlobalExpressEnabled,
    bool IsReplacementOrder,
    bool IsSoldByAB,
    bool IsIBA,
    bool IsISPU,
    bool IsAccessPointOrder,
    Address? ShippingAddress,
    BuyerInfo? BuyerInfo,
    bool HasRegulatedItems);

/// <summary>The payload of <c>getOrders</c>.</summary>
public sealed record OrdersList(
    IReadOnlyList<Order> Orders, string? NextToken, string? LastUpdatedBefore, string? CreatedBefore);
