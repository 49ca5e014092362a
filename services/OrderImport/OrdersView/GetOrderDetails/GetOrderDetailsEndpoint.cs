using System.Security.Claims;
using Fulfillment.ServiceDefaults.Security;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.OrderImport.OrdersView.GetOrderDetails;

public static class GetOrderDetailsEndpoint
{
    public static RouteGroupBuilder MapGetOrderDetails(this RouteGroupBuilder group)
    {
        group.MapGet("/{amazonOrderId}", HandleAsync).RequireAuthorization(Permissions.ReadOrders);
        return group;
    }

    /// <summary>The buyer and what the buyer wrote only for a caller who may read buyer data; others see it withheld.</summary>
    private static async Task<Results<Ok<OrderDetails>, ProblemHttpResult>> HandleAsync(
        string amazonOrderId, IQuerySession session, ClaimsPrincipal caller, IAuthorizationService authorization,
        CancellationToken cancellationToken)
    {
        if (await OrderDetailsReader.ReadAsync(session, amazonOrderId, cancellationToken) is not { } details)
        {
            return TypedResults.Problem(
                title: "Order not found",
                detail: $"No Amazon order '{amazonOrderId}' has been imported.",
                statusCode: StatusCodes.Status404NotFound);
        }

        return (await authorization.AuthorizeAsync(caller, Permissions.ReadBuyerData)).Succeeded
            ? TypedResults.Ok(details)
            : TypedResults.Ok(details with { Buyer = null, BuyerCancelReason = null, BuyerDataWithheld = true });
    }
}
