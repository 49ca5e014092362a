namespace Fulfillment.CommerceOrder.CommerceOrders;

/// <summary>An Amazon order became known while still unverified by Amazon.</summary>
public sealed record AmazonOrderPendingNoted(
    string AmazonOrderId,
    string StoreId,
    string FulfillmentChannel,
    IReadOnlyList<CommerceOrderLine> Lines,
    DateTimeOffset NotedAt);

/// <summary>A pending order's SKU could not be reserved (S5); the order is not held back by it.</summary>
public sealed record StockReservationSkipped(string AmazonOrderId, string Sku, string Reason, DateTimeOffset SkippedAt);

/// <summary>
/// Amazon verified the order (MFN <c>Unshipped</c>, or FBA <c>Shipped</c>) with its amounts, under these settings.
/// The buyer's personal data is kept apart, in <see cref="CommerceOrderPersonalData"/>.
/// </summary>
public sealed record AmazonOrderVerified(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    string FulfillmentChannel,
    IReadOnlyList<VerifiedLine> Lines,
    decimal OrderTotal,
    string CurrencyCode,
    string? ShipmentServiceLevel,
    CreationSettings Settings,
    DateTimeOffset VerifiedAt);

/// <summary>The store does not import orders (S1), so no Commerce order is made.</summary>
public sealed record OrderCreationSkipped(string AmazonOrderId, string Reason, int SettingsVersion, DateTimeOffset SkippedAt);

/// <summary>The stock gate (C1) stopped the creation for <paramref name="Reason"/>.</summary>
public sealed record OrderCreationBlocked(
    string AmazonOrderId,
    string StoreId,
    string Reason,
    IReadOnlyList<string> BlockingSkus,
    DateTimeOffset BlockedAt);

/// <summary>The gate passed and the stock is held: CustomerProvisioning is asked for the order's customer (W4).</summary>
public sealed record CustomerRequested(
    string AmazonOrderId,
    string StoreId,
    string WebsiteCode,
    string CustomerCreation,
    int SettingsVersion,
    DateTimeOffset RequestedAt);

/// <summary>The Commerce order was placed (W3, F3): the ERP/OMS/WMS hand-off.</summary>
public sealed record OrderPlaced(
    string AmazonOrderId,
    string StoreId,
    string IncrementId,
    string FulfillmentChannel,
    string State,
    string Status,
    string StoreViewCode,
    string? CustomerId,
    bool CustomerIsGuest,
    string PaymentMethod,
    string ShippingMethod,
    string? ShipmentServiceLevel,
    IReadOnlyList<PlacedItem> Items,
    OrderTotals Totals,
    int SettingsVersion,
    DateTimeOffset PlacedAt);

/// <summary>The order was invoiced offline for its grand total: Amazon collected the payment.</summary>
public sealed record OrderInvoiced(
    string AmazonOrderId, string IncrementId, decimal Amount, string CurrencyCode, DateTimeOffset InvoicedAt);

/// <summary>Amazon canceled the order before a Commerce order existed (A2): none will ever be made.</summary>
public sealed record OrderCreationCanceled(
    string AmazonOrderId, string StoreId, string FulfillmentChannel, DateTimeOffset CanceledAt);

/// <summary>A credit memo, offline, for the whole invoiced amount (A2).</summary>
public sealed record OrderRefunded(
    string AmazonOrderId, string IncrementId, decimal Amount, string CurrencyCode, DateTimeOffset RefundedAt);

/// <summary>The Commerce order ended <c>closed</c> after Amazon canceled it (A2).</summary>
public sealed record OrderClosed(
    string AmazonOrderId, string StoreId, string IncrementId, decimal RefundedAmount, string CurrencyCode,
    DateTimeOffset ClosedAt);

/// <summary>
/// The merchant shipped items of the order in one or more packages (W5, T1). <paramref name="ItemsShipped"/> and
/// <paramref name="ItemsUnshipped"/> are the whole order's units after this shipment.
/// </summary>
public sealed record ShipmentRecorded(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    string IncrementId,
    string ShipmentId,
    IReadOnlyList<ShipmentPackage> Packages,
    int ItemsShipped,
    int ItemsUnshipped,
    DateTimeOffset ShippedAt);

/// <summary>Every item shipped: the Commerce order is <c>complete</c> (W5).</summary>
public sealed record OrderCompleted(string AmazonOrderId, string StoreId, string IncrementId, DateTimeOffset CompletedAt);

/// <summary>Amazon canceled the order after part of it shipped: it waits for a return instead of a refund (A2).</summary>
public sealed record OrderFlaggedForReturn(
    string AmazonOrderId, string StoreId, string IncrementId, int ItemsShipped, DateTimeOffset FlaggedAt);
