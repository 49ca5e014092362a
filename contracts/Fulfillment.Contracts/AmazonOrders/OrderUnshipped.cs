namespace Fulfillment.Contracts.AmazonOrders;

/// <summary>
/// Amazon verified a merchant-fulfilled order (W2): it is ready to become a Commerce order, with Amazon's prices,
/// buyer and ship-to address (W3).
/// </summary>
public sealed record OrderUnshipped(
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
