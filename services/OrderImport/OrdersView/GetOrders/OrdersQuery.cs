namespace Fulfillment.OrderImport.OrdersView;

/// <summary>The grid's filters, sort and page (O1), from the query string of <c>GET /api/orders</c>.</summary>
public sealed record OrdersQuery(
    string? Status = null,
    string? FulfillmentChannel = null,
    string? StoreId = null,
    DateTimeOffset? PurchasedFrom = null,
    DateTimeOffset? PurchasedTo = null,
    string? OrderNumber = null,
    string? Buyer = null,
    decimal? MinTotal = null,
    decimal? MaxTotal = null,
    string Sort = "-purchaseDate",
    int Page = 1,
    int PageSize = 25)
{
    public static readonly IReadOnlyList<string> SortKeys = ["purchaseDate", "lastUpdateDate", "grandTotal", "status", "orderNumber"];
}

public sealed record OrdersPage(IReadOnlyList<OrderRow> Items, int Page, int PageSize, long TotalItems);

/// <summary>A grid row: the summary plus the buyer's name, read from the erasable personal data.</summary>
public sealed record OrderRow(
    string AmazonOrderId,
    string StoreId,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    string Status,
    string AmazonStatus,
    string FulfillmentChannel,
    string? BuyerName,
    decimal? GrandTotal,
    string? CurrencyCode,
    int ItemsOrdered,
    IReadOnlyList<string> Notes);
