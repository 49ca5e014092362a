namespace Fulfillment.Contracts.CommerceOrders;

/// <summary>
/// Amazon canceled an order whose Commerce order existed (A2): it was refunded offline in full and is now
/// <c>closed</c>; its stock went back to the catalog.
/// </summary>
public sealed record CommerceOrderClosed(
    string AmazonOrderId,
    string StoreId,
    string CommerceOrderNumber,
    decimal RefundedAmount,
    string CurrencyCode,
    DateTimeOffset ClosedAt);
