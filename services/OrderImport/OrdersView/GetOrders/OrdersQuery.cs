namespace Fulfillment.OrderImport.OrdersView.GetOrders;

/// <summary>
/// The grid's filters, sort and page (O1), from the query string of <c>GET /api/orders</c>. Empty values mean "no
/// filter"; dates without an offset are UTC; both ends of a range are inclusive.
/// </summary>
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
    string Sort = OrdersQuery.DefaultSort,
    int Page = 1,
    int PageSize = 25)
{
    public const string DefaultSort = "-purchaseDate";

    public static readonly IReadOnlyList<string> SortKeys =
        ["purchaseDate", "lastUpdateDate", "grandTotal", "status", "orderNumber"];

    /// <summary>
    /// Query-string values that are not of their parameter's type, by parameter name, with the reason: reported
    /// by the validator as a 400 naming the field, like any other invalid value.
    /// </summary>
    public IReadOnlyDictionary<string, string> Unreadable { get; init; } = new Dictionary<string, string>();

    public bool Descending => Sort.StartsWith('-');

    public string SortKey => Descending ? Sort[1..] : Sort;

    public static ValueTask<OrdersQuery?> BindAsync(HttpContext context)
    {
        var query = new QueryStringReader(context.Request.Query);
        var defaults = new OrdersQuery();
        var ordersQuery = new OrdersQuery(
            query.Text(nameof(Status)),
            query.Text(nameof(FulfillmentChannel)),
            query.Text(nameof(StoreId)),
            query.DateAndTime(nameof(PurchasedFrom)),
            query.DateAndTime(nameof(PurchasedTo)),
            query.Text(nameof(OrderNumber)),
            query.Text(nameof(Buyer)),
            query.Decimal(nameof(MinTotal)),
            query.Decimal(nameof(MaxTotal)),
            query.Text(nameof(Sort)) ?? defaults.Sort,
            query.Integer(nameof(Page)) ?? defaults.Page,
            query.Integer(nameof(PageSize)) ?? defaults.PageSize)
        {
            Unreadable = query.Unreadable,
        };
        return ValueTask.FromResult<OrdersQuery?>(ordersQuery);
    }
}
