using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.SpApiClient;

namespace Fulfillment.OrderImport.SpApi;

/// <summary>
/// What OrderImport reads from Amazon, in its own terms. Orders API v0 answers it today; Amazon's v2026-01-01
/// read operations can answer it tomorrow without touching the poller or the domain.
/// </summary>
public interface IAmazonOrderReader
{
    /// <summary>One page of the orders Amazon changed at or after <paramref name="lastUpdatedAfter"/>.</summary>
    Task<AmazonOrderPage> ListUpdatedOrdersAsync(
        AmazonStoreAccess store, DateTimeOffset lastUpdatedAfter, string? nextToken, CancellationToken cancellationToken);

    Task<AmazonOrderListing> GetOrderAsync(AmazonStoreAccess store, string amazonOrderId, CancellationToken cancellationToken);

    /// <summary>The order's items with prices, and, when asked for, the buyer and ship-to address (restricted data).</summary>
    Task<AmazonOrderContents> GetOrderContentsAsync(
        AmazonStoreAccess store, string amazonOrderId, bool withBuyer, CancellationToken cancellationToken);
}

/// <param name="LastUpdatedBefore">The end of the window Amazon answered for: the next poll starts from it.</param>
public sealed record AmazonOrderPage(
    IReadOnlyList<AmazonOrderListing> Orders, string? NextToken, DateTimeOffset LastUpdatedBefore);

/// <summary>
/// An order as Amazon lists it. A field Amazon left out or sent in a form we do not know is null, and
/// <see cref="Problem"/> says which, so that one unreadable order never stops the others.
/// </summary>
/// <param name="ShipmentServiceLevel">Amazon's <c>ShipmentServiceLevelCategory</c>, e.g. <c>Standard</c> or <c>Expedited</c>.</param>
public sealed record AmazonOrderListing(
    string AmazonOrderId,
    AmazonOrderStatus? Status,
    FulfillmentChannel? FulfillmentChannel,
    string? MarketplaceId,
    DateTimeOffset? PurchaseDate,
    DateTimeOffset? LastUpdateDate,
    AmazonOrderTotal? Total,
    string? Problem,
    string? ShipmentServiceLevel = null);

public sealed record AmazonOrderContents(
    IReadOnlyList<AmazonOrderItem> Items,
    bool BuyerRequestedCancel,
    string? BuyerCancelReason,
    AmazonBuyer? Buyer);

public sealed record AmazonBuyer(string? Name, string? Email, ShippingAddress? ShippingAddress);

/// <summary>Amazon answered, but not in a form that can be imported (a required field missing or malformed).</summary>
public sealed class AmazonAnswerUnusableException(string problem) : Exception(problem);
