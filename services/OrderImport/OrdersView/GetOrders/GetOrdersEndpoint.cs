using Fulfillment.ServiceDefaults.Http;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.OrderImport.OrdersView.GetOrders;

public static class GetOrdersEndpoint
{
    public static RouteGroupBuilder MapGetOrders(this RouteGroupBuilder group)
    {
        group.MapGet("", HandleAsync).Validate<OrdersQuery>();
        return group;
    }

    private static async Task<Ok<OrdersPage>> HandleAsync(
        OrdersQuery query, IQuerySession session, CancellationToken cancellationToken) =>
        TypedResults.Ok(await OrdersGrid.ReadAsync(session, query, cancellationToken));
}
