namespace Fulfillment.OrderImport.AmazonOrders;

/// <summary>The first time Fulfillment saw an Amazon order, with Amazon's snapshot of it.</summary>
public sealed record AmazonOrderImported(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    FulfillmentChannel FulfillmentChannel,
    AmazonOrderStatus Status,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<AmazonOrderItem> Items,
    DateTimeOffset ImportedAt,
    int SettingsVersion);

/// <summary>A newer Amazon snapshot showed another status.</summary>
public sealed record AmazonOrderStatusChanged(
    string AmazonOrderId,
    AmazonOrderStatus From,
    AmazonOrderStatus To,
    DateTimeOffset LastUpdateDate,
    DateTimeOffset ChangedAt,
    int SettingsVersion);

/// <summary>
/// Amazon gave the order's prices and buyer (it does once the payment is verified, W3). The buyer's personal
/// data was stored apart; this event says only that it exists.
/// </summary>
public sealed record AmazonOrderDetailsRecorded(
    string AmazonOrderId,
    IReadOnlyList<AmazonOrderItem> Items,
    AmazonOrderTotal Total,
    bool HasBuyerDetails,
    DateTimeOffset RecordedAt);

/// <summary>The buyer asked Amazon to cancel the order (A5).</summary>
public sealed record BuyerCancellationRequested(
    string AmazonOrderId, string? Reason, DateTimeOffset LastUpdateDate, DateTimeOffset RequestedAt);

/// <summary>Amazon's answer about the order could not be used; the next poll tries again.</summary>
public sealed record AmazonOrderImportFailed(string AmazonOrderId, string Problem, DateTimeOffset FailedAt);

/// <summary>Amazon's answer about an order that had an import problem could be used again.</summary>
public sealed record AmazonOrderImportRecovered(string AmazonOrderId, DateTimeOffset RecoveredAt);
