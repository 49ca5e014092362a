using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.ServiceDefaults.Http;
using Marten;
using Marten.Linq;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.OrderImport.OrdersView;

public static class GetOrdersEndpoint
{
    public static WebApplication MapOrdersView(this WebApplication app)
    {
        app.MapGet("/api/orders", HandleAsync).WithTags("Orders view").Validate<OrdersQuery>();
        return app;
    }

    private static async Task<Ok<OrdersPage>> HandleAsync(
        [AsParameters] OrdersQuery query, IQuerySession session, CancellationToken cancellationToken)
    {
        var summaries = session.Query<OrderSummary>().AsQueryable();
        if (query.Status is { } status) summaries = summaries.Where(summary => summary.ChannelStatus == status);
        if (query.FulfillmentChannel is { } channel)
        {
            var parsed = Enum.Parse<FulfillmentChannel>(channel);
            summaries = summaries.Where(summary => summary.FulfillmentChannel == parsed);
        }

        if (query.StoreId is { } storeId) summaries = summaries.Where(summary => summary.StoreId == storeId);
        if (query.PurchasedFrom is { } from) summaries = summaries.Where(summary => summary.PurchaseDate >= from);
        if (query.PurchasedTo is { } to) summaries = summaries.Where(summary => summary.PurchaseDate <= to);
        if (query.OrderNumber is { Length: > 0 } number) summaries = summaries.Where(summary => summary.Id.Contains(number));
        if (query.MinTotal is { } min) summaries = summaries.Where(summary => summary.GrandTotal >= min);
        if (query.MaxTotal is { } max) summaries = summaries.Where(summary => summary.GrandTotal <= max);
        if (query.Buyer is { Length: > 0 } buyer)
        {
            var buyerOrderIds = await session.Query<BuyerPersonalData>()
                .Where(data => data.BuyerName!.Contains(buyer, StringComparison.OrdinalIgnoreCase))
                .Select(data => data.Id)
                .ToListAsync(cancellationToken);
            summaries = summaries.Where(summary => summary.Id.IsOneOf(buyerOrderIds.ToArray()));
        }

        var sorted = Sort(summaries, query.Sort);
        var page = await sorted.ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        var buyers = await session.LoadManyAsync<BuyerPersonalData>(cancellationToken, page.Select(summary => summary.Id));
        var buyerNames = buyers.ToDictionary(data => data.Id, data => data.BuyerName);
        return TypedResults.Ok(new OrdersPage(
            [.. page.Select(summary => ToRow(summary, buyerNames.GetValueOrDefault(summary.Id)))],
            query.Page, query.PageSize, page.TotalItemCount));
    }

    private static IQueryable<OrderSummary> Sort(IQueryable<OrderSummary> summaries, string sort)
    {
        var descending = sort.StartsWith('-');
        return sort.TrimStart('-') switch
        {
            "lastUpdateDate" => descending ? summaries.OrderByDescending(s => s.LastUpdateDate) : summaries.OrderBy(s => s.LastUpdateDate),
            "grandTotal" => descending ? summaries.OrderByDescending(s => s.GrandTotal) : summaries.OrderBy(s => s.GrandTotal),
            "status" => descending ? summaries.OrderByDescending(s => s.ChannelStatus) : summaries.OrderBy(s => s.ChannelStatus),
            "orderNumber" => descending ? summaries.OrderByDescending(s => s.Id) : summaries.OrderBy(s => s.Id),
            _ => descending ? summaries.OrderByDescending(s => s.PurchaseDate) : summaries.OrderBy(s => s.PurchaseDate),
        };
    }

    private static OrderRow ToRow(OrderSummary summary, string? buyerName) => new(
        summary.Id, summary.StoreId, summary.PurchaseDate, summary.LastUpdateDate, summary.ChannelStatus,
        summary.AmazonStatus.ToString(), summary.FulfillmentChannel.ToString(), buyerName, summary.GrandTotal,
        summary.CurrencyCode, summary.ItemsOrdered, summary.Notes);
}
