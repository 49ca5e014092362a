using Fulfillment.SpApiSimulator.Orders;

namespace Fulfillment.SpApiSimulator.OrdersApi.GetOrders;

/// <summary>Which date a <c>getOrders</c> window is about.</summary>
public enum OrderWindow
{
    LastUpdated,
    Created,
}

/// <summary>The position after the last order of a page: orders are listed by window date, then by order id.</summary>
public sealed record OrdersCursor(DateTimeOffset Date, string AmazonOrderId);

/// <summary>
/// A <c>getOrders</c> query with every default resolved. Both window ends are inclusive ("after (or at)", "before (or
/// at)" in the model); <see cref="Before"/> is fixed when the first page is asked for, so every page of a query sees
/// the same window.
/// </summary>
public sealed record GetOrdersQuery(
    string SellerId,
    IReadOnlyList<string> MarketplaceIds,
    OrderWindow Window,
    DateTimeOffset After,
    DateTimeOffset Before,
    IReadOnlyList<OrderStatus> Statuses,
    IReadOnlyList<FulfillmentChannel> Channels,
    IReadOnlyList<string> AmazonOrderIds,
    int MaxResultsPerPage,
    OrdersCursor? Cursor)
{
    public const int DefaultMaxResultsPerPage = 100;

    public DateTimeOffset DateOf(SimulatedOrder order) =>
        Window == OrderWindow.LastUpdated ? order.LastUpdateDate : order.PurchaseDate;

    public bool Includes(SimulatedOrder order) =>
        order.SellerId == SellerId
        && MarketplaceIds.Contains(order.Marketplace.MarketplaceId)
        && DateOf(order) >= After
        && DateOf(order) <= Before
        && (Statuses.Count == 0 || Statuses.Contains(order.Status))
        && (Channels.Count == 0 || Channels.Contains(order.FulfillmentChannel))
        && (AmazonOrderIds.Count == 0 || AmazonOrderIds.Contains(order.AmazonOrderId))
        && (Cursor is null || IsAfterCursor(order, Cursor));

    private bool IsAfterCursor(SimulatedOrder order, OrdersCursor cursor) =>
        DateOf(order) > cursor.Date
        || (DateOf(order) == cursor.Date && string.CompareOrdinal(order.AmazonOrderId, cursor.AmazonOrderId) > 0);
}
