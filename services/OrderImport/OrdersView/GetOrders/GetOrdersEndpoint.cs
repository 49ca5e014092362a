using Fulfillment.ServiceDefaults.Http;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.OrdersView.GetOrders;

public static class GetOrdersEndpoint
{
    public static RouteGroupBuilder MapGetOrders(this RouteGroupBuilder group)
    {
        group.MapGet("", HandleAsync).RequireAuthorization(Permissions.ReadOrders).Validate<OrdersQuery>();
        return group;
    }

    private static async Task<Ok<OrdersPage>> HandleAsync(
        OrdersQuery query, IQuerySession session, CancellationToken cancellationToken) =>
        TypedResults.Ok(await OrdersGrid.ReadAsync(session, query, cancellationToken));
}
