namespace Fulfillment.OrderImport.AmazonOrders;

// What CommerceOrder did with the Amazon order, as the channel order records it (W3, C1, C2, A2). Each keeps the
// moment CommerceOrder gave and the moment OrderImport learnt it.

/// <summary>The Commerce order was created for this Amazon order: its number is shown on the channel order (W3).</summary>
public sealed record CommerceOrderCreated(
    string AmazonOrderId, string CommerceOrderNumber, DateTimeOffset PlacedAt, DateTimeOffset RecordedAt);

/// <summary>
/// The Commerce order cannot be created yet (C1), for <paramref name="Reason"/>; CommerceOrder retries it by itself
/// once the cause is fixed (C2).
/// </summary>
public sealed record CommerceOrderCreationBlocked(
    string AmazonOrderId,
    string Reason,
    IReadOnlyList<string> BlockingSkus,
    DateTimeOffset BlockedAt,
    DateTimeOffset RecordedAt);

/// <summary>Amazon canceled the order after its Commerce order existed: refunded offline in full and closed (A2).</summary>
public sealed record CommerceOrderRefundedAndClosed(
    string AmazonOrderId,
    string CommerceOrderNumber,
    decimal RefundedAmount,
    string CurrencyCode,
    DateTimeOffset ClosedAt,
    DateTimeOffset RecordedAt);

/// <summary>Every item of the Commerce order has shipped: Commerce shows it <c>complete</c> (W5).</summary>
public sealed record CommerceOrderMarkedComplete(
    string AmazonOrderId, string CommerceOrderNumber, DateTimeOffset CompletedAt, DateTimeOffset RecordedAt);
