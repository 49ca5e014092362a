using System.Security.Claims;
using Fulfillment.ServiceDefaults.Http;
using Fulfillment.ServiceDefaults.Security;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.OrderImport.OrdersView.GetOrders;

public static class GetOrdersEndpoint
{
    public static RouteGroupBuilder MapGetOrders(this RouteGroupBuilder group)
    {
        group.MapGet("", HandleAsync).RequireAuthorization(Permissions.ReadOrders).Validate<OrdersQuery>();
        return group;
    }

    /// <summary>
    /// Buyers' names only for a caller who may read buyer data; searching by buyer is itself a read of buyer data,
    /// so it is refused (403) to anyone else rather than answered with names left out.
    /// </summary>
    private static async Task<Results<Ok<OrdersPage>, ProblemHttpResult>> HandleAsync(
        OrdersQuery query, IQuerySession session, ClaimsPrincipal caller, IAuthorizationService authorization,
        CancellationToken cancellationToken)
    {
        var mayReadBuyers = (await authorization.AuthorizeAsync(caller, Permissions.ReadBuyerData)).Succeeded;
        if (!mayReadBuyers && query.Buyer is not null)
        {
            return TypedResults.Problem(
                title: "Permission missing",
                detail: $"Searching by '{nameof(OrdersQuery.Buyer)}' needs the {Permissions.ReadBuyerData} permission.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var page = await OrdersGrid.ReadAsync(session, query, cancellationToken);
        return TypedResults.Ok(mayReadBuyers ? page : page with { Items = [.. page.Items.Select(row => row with { BuyerName = null })] });
    }
}
