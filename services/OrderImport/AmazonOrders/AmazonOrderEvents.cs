namespace Fulfillment.OrderImport.AmazonOrders;

/// <summary>The first time Fulfillment saw an Amazon order, with Amazon's snapshot of it.</summary>
/// <param name="ShipmentServiceLevel">
/// Amazon's <c>ShipmentServiceLevelCategory</c> (e.g. <c>Standard</c>, <c>Expedited</c>); null when Amazon did not give
/// it, and in events recorded before it was read.
/// </param>
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
    int SettingsVersion,
    string? ShipmentServiceLevel = null);

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
/// <param name="ShipmentServiceLevel">
/// Amazon's shipment service level category as the verified order shows it, for an order first recorded without it.
/// </param>
public sealed record AmazonOrderDetailsRecorded(
    string AmazonOrderId,
    IReadOnlyList<AmazonOrderItem> Items,
    AmazonOrderTotal Total,
    bool HasBuyerDetails,
    DateTimeOffset RecordedAt,
    string? ShipmentServiceLevel = null);

/// <summary>The buyer asked Amazon to cancel the order (A5).</summary>
public sealed record BuyerCancellationRequested(
    string AmazonOrderId, string? Reason, DateTimeOffset LastUpdateDate, DateTimeOffset RequestedAt);

/// <summary>Amazon's answer about the order could not be used; the next poll tries again.</summary>
public sealed record AmazonOrderImportFailed(string AmazonOrderId, string Problem, DateTimeOffset FailedAt);

/// <summary>Amazon's answer about an order that had an import problem could be used again.</summary>
public sealed record AmazonOrderImportRecovered(string AmazonOrderId, DateTimeOffset RecoveredAt);
