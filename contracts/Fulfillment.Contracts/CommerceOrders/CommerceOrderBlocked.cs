namespace Fulfillment.Contracts.CommerceOrders;

/// <summary>
/// A Commerce order cannot be created for an Amazon order yet (C1): a product is missing, disabled or out of stock.
/// The order is retried by itself when the cause is fixed (C2). Published each time the reason changes.
/// </summary>
/// <param name="Reason">For operators, e.g. <c>Product 'SKU-1' is out of stock (2 ordered, 0 available)</c>.</param>
public sealed record CommerceOrderBlocked(
    string AmazonOrderId,
    string StoreId,
    string Reason,
    IReadOnlyList<string> BlockingSkus,
    DateTimeOffset BlockedAt);
