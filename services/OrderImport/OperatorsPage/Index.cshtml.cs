using FluentValidation;
using Fulfillment.OrderImport.OperatorsPage.SignIn;
using Fulfillment.OrderImport.OrdersView.GetOrders;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>
/// The orders grid (O1): the filters are the query string of <c>GET /api/orders</c>, validated and read by the same
/// query, so a link to the page is a link to the same rows. <c>?handler=Rows</c> renders only the rows, which the
/// page polls for live refresh.
/// </summary>
public sealed class IndexModel(IQuerySession session, IValidator<OrdersQuery> validator, PagePermissions permissions) : PageModel
{
    public OrdersQuery Query { get; private set; } = new();

    public OrdersPage? Orders { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public static IReadOnlyList<string> Statuses { get; } =
        [.. Enum.GetNames<AmazonOrders.AmazonOrderStatus>(), OrdersView.ChannelStatuses.Error, OrdersView.ChannelStatuses.Completed];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return Partial("_OrderRows", this);
    }

    /// <summary>The current URL with some parameters replaced (sorting, paging), for links.</summary>
    public string With(params (string Name, string? Value)[] changes)
    {
        var parameters = Request.Query
            .Where(pair => pair.Key != "handler")
            .ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in changes)
        {
            parameters[name] = value;
        }

        return QueryHelpers.AddQueryString("/", parameters.Where(pair => !string.IsNullOrEmpty(pair.Value)));
    }

    /// <summary>The link of a column header: sorts by it, descending when it is already sorted ascending.</summary>
    public string SortLink(string key) => With(("sort", Query.Sort == key ? $"-{key}" : key), ("page", null));

    public string SortMark(string key) => Query.SortKey == key ? (Query.Descending ? " ▼" : " ▲") : "";

    public string RowsUrl => With() + (Request.QueryString.HasValue && Request.Query.Any(pair => pair.Key != "handler") ? "&" : "?") + "handler=Rows";

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        Query = (await OrdersQuery.BindAsync(HttpContext))!;
        if (!await permissions.CanReadBuyerDataAsync())
        {
            // Searching by a buyer's name would tell which orders are theirs: only with the permission to read it.
            Query = Query with { Buyer = null };
        }

        var validation = await validator.ValidateAsync(Query, cancellationToken);
        if (!validation.IsValid)
        {
            Errors = [.. validation.Errors.Select(error => error.ErrorMessage)];
            return;
        }

        Orders = await OrdersGrid.ReadAsync(session, Query, cancellationToken);
    }
}
