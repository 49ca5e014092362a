using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.OrdersView.GetOrderDetails;

public static class GetOrderDetailsEndpoint
{
    public static RouteGroupBuilder MapGetOrderDetails(this RouteGroupBuilder group)
    {
        group.MapGet("/{amazonOrderId}", HandleAsync).RequireAuthorization(Permissions.ReadOrders);
        return group;
    }

    private static async Task<Results<Ok<OrderDetails>, ProblemHttpResult>> HandleAsync(
        string amazonOrderId, IQuerySession session, CancellationToken cancellationToken) =>
        await OrderDetailsReader.ReadAsync(session, amazonOrderId, cancellationToken) is { } details
            ? TypedResults.Ok(details)
            : TypedResults.Problem(
                title: "Order not found",
                detail: $"No Amazon order '{amazonOrderId}' has been imported.",
                statusCode: StatusCodes.Status404NotFound);
}
