using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.OrdersView;

/// <summary>
/// One row of the Amazon orders grid (O1), kept by <see cref="OrderSummaryProjection"/> in the same transaction as
/// the order's events. The buyer's name is not stored here: it is personal data and is read at query time.
/// </summary>
public sealed record OrderSummary(
    string Id,
    string StoreId,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    AmazonOrderStatus AmazonStatus,
    string ChannelStatus,
    FulfillmentChannel FulfillmentChannel,
    decimal? GrandTotal,
    string? CurrencyCode,
    int ItemsOrdered,
    IReadOnlyList<string> Notes);
