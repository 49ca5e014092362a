using Fulfillment.OrderImport.AmazonOrders;
using Marten;
using Marten.Linq;
using Marten.Pagination;

namespace Fulfillment.OrderImport.OrdersView.GetOrders;

/// <summary>
/// The one query behind the orders grid (O1), read by <c>GET /api/orders</c> and by the operators' page alike, so
/// that both list the same orders for the same filters.
/// </summary>
public static class OrdersGrid
{
    /// <summary>One page of orders matching a query the <see cref="OrdersQueryValidator"/> accepted.</summary>
    public static async Task<OrdersPage> ReadAsync(
        IQuerySession session, OrdersQuery query, CancellationToken cancellationToken)
    {
        var buyerOrderIds = query.Buyer is { } buyer ? await OrdersOfBuyersNamedLikeAsync(session, buyer, cancellationToken) : null;
        var page = await Sort(Filter(session.Query<OrderSummary>(), query, buyerOrderIds), query)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);

        // Marten counts the matches alongside the rows of the page, so a page past the end has no count of its own.
        var totalItems = page.Count == 0 && query.Page > 1
            ? await Filter(session.Query<OrderSummary>(), query, buyerOrderIds).CountAsync(cancellationToken)
            : page.TotalItemCount;
        var buyers = await session.LoadManyAsync<BuyerPersonalData>(cancellationToken, page.Select(summary => summary.Id));
        var buyerNames = buyers.ToDictionary(data => data.Id, data => data.BuyerName);
        return new OrdersPage(
            [.. page.Select(summary => OrderRow.From(summary, buyerNames.GetValueOrDefault(summary.Id)))],
            query.Page, query.PageSize, totalItems, (totalItems + query.PageSize - 1) / query.PageSize);
    }

    /// <summary>The buyer's name is erasable personal data kept apart from the summaries (SPEC §11).</summary>
    private static async Task<string[]> OrdersOfBuyersNamedLikeAsync(
        IQuerySession session, string buyer, CancellationToken cancellationToken)
    {
        var orderIds = await session.Query<BuyerPersonalData>()
            .Where(data => data.BuyerName!.Contains(buyer, StringComparison.OrdinalIgnoreCase))
            .Select(data => data.Id)
            .ToListAsync(cancellationToken);
        return [.. orderIds];
    }

    private static IQueryable<OrderSummary> Filter(
        IQueryable<OrderSummary> summaries, OrdersQuery query, string[]? buyerOrderIds)
    {
        if (query.Status is { } status) summaries = summaries.Where(summary => summary.ChannelStatus == status);
        if (query.FulfillmentChannel is { } channel)
        {
            var parsed = Enum.Parse<FulfillmentChannel>(channel);
            summaries = summaries.Where(summary => summary.FulfillmentChannel == parsed);
        }

        if (query.StoreId is { } storeId) summaries = summaries.Where(summary => summary.StoreId == storeId);
        if (query.PurchasedFrom is { } from) summaries = summaries.Where(summary => summary.PurchaseDate >= from);
        if (query.PurchasedTo is { } to) summaries = summaries.Where(summary => summary.PurchaseDate <= to);
        if (query.OrderNumber is { } number) summaries = summaries.Where(summary => summary.Id.Contains(number));
        if (query.MinTotal is { } min) summaries = summaries.Where(summary => summary.GrandTotal >= min);
        if (query.MaxTotal is { } max) summaries = summaries.Where(summary => summary.GrandTotal <= max);
        if (buyerOrderIds is not null) summaries = summaries.Where(summary => summary.Id.IsOneOf(buyerOrderIds));
        return summaries;
    }

    /// <summary>
    /// Sorted by the key asked for, then by order number so that pages never overlap. Orders without a total yet
    /// (Amazon gives none before it has verified the payment) come last in both directions.
    /// </summary>
    private static IQueryable<OrderSummary> Sort(IQueryable<OrderSummary> summaries, OrdersQuery query)
    {
        var descending = query.Descending;
        if (query.SortKey == "grandTotal")
        {
            var direction = descending ? "DESC" : "ASC";
            return summaries.OrderBySql(
                $"CAST(d.data ->> '{nameof(OrderSummary.GrandTotal)}' as numeric) {direction} NULLS LAST, d.id");
        }

        var sorted = query.SortKey switch
        {
            "lastUpdateDate" => descending ? summaries.OrderByDescending(s => s.LastUpdateDate) : summaries.OrderBy(s => s.LastUpdateDate),
            "status" => descending ? summaries.OrderByDescending(s => s.ChannelStatus) : summaries.OrderBy(s => s.ChannelStatus),
            "orderNumber" => descending ? summaries.OrderByDescending(s => s.Id) : summaries.OrderBy(s => s.Id),
            _ => descending ? summaries.OrderByDescending(s => s.PurchaseDate) : summaries.OrderBy(s => s.PurchaseDate),
        };
        return sorted.ThenBy(s => s.Id);
    }
}
