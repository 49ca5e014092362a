namespace Fulfillment.Contracts.AmazonOrders;

/// <summary>
/// Amazon shipped a fulfilled-by-Amazon order (F2): it is imported now, to become a complete Commerce order (F3)
/// without touching stock or shipments.
/// </summary>
public sealed record OrderShipped(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    string FulfillmentChannel,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<OrderLine> Lines,
    decimal OrderTotal,
    string CurrencyCode,
    Buyer? Buyer,
    StoreSettings Settings)
{
    /// <summary>Amazon's shipment service level category (e.g. <c>Standard</c>, <c>Expedited</c>), when Amazon gave it.</summary>
    public string? ShipmentServiceLevel { get; init; }
}
