namespace Fulfillment.Contracts.AmazonOrders;

/// <summary>
/// Amazon has an order it has not verified yet (W1, A1): it may be reserved in stock (S5), never turned into a
/// Commerce order. Published once per Amazon order; MessageId is the id of the event that recorded it.
/// </summary>
public sealed record OrderPending(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    string FulfillmentChannel,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<OrderLine> Lines,
    StoreSettings Settings);
