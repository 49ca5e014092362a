namespace Fulfillment.OrderImport.OrdersView.GetOrders;

/// <summary>One page of the grid; <paramref name="TotalItems"/> counts every order the filters match.</summary>
public sealed record OrdersPage(IReadOnlyList<OrderRow> Items, int Page, int PageSize, long TotalItems, long PageCount);

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
    IReadOnlyList<string> Notes,
    string? CommerceOrderNumber,
    int ItemsShipped,
    int ItemsUnshipped)
{
    public static OrderRow From(OrderSummary summary, string? buyerName) => new(
        summary.Id, summary.StoreId, summary.PurchaseDate, summary.LastUpdateDate, summary.ChannelStatus,
        summary.AmazonStatus.ToString(), summary.FulfillmentChannel.ToString(), buyerName, summary.GrandTotal,
        summary.CurrencyCode, summary.ItemsOrdered, summary.Notes, summary.CommerceOrderNumber, summary.ItemsShipped,
        summary.ItemsUnshipped);
}
