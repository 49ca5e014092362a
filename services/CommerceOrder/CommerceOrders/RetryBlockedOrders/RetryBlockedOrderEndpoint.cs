using Fulfillment.CommerceOrder.CommerceOrders.GetCommerceOrderProcess;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.CommerceOrder.CommerceOrders.RetryBlockedOrders;

public static class RetryBlockedOrderEndpoint
{
    public static RouteGroupBuilder MapRetryBlockedOrder(this RouteGroupBuilder group)
    {
        group.MapPost("/{amazonOrderId}/retry", HandleAsync).RequireAuthorization(Permissions.ActOnOrders);
        return group;
    }

    /// <summary>An operator's retry (O5): 200 with the process after the gate ran again, 409 when it is not blocked.</summary>
    private static async Task<Results<Ok<CommerceOrderProcessView>, ProblemHttpResult>> HandleAsync(
        string amazonOrderId, BlockedOrderRetry retry, IQuerySession session, CancellationToken cancellationToken)
    {
        var process = await session.LoadAsync<CommerceOrderProcess>(amazonOrderId, cancellationToken);
        if (process is null)
        {
            return TypedResults.Problem(
                $"No Commerce order process exists for Amazon order '{amazonOrderId}'.",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (process.Stage != CommerceOrderStage.Blocked)
        {
            return TypedResults.Problem(
                $"Amazon order '{amazonOrderId}' is {process.Stage}, not blocked: there is nothing to retry.",
                statusCode: StatusCodes.Status409Conflict);
        }

        await retry.RetryAsync(amazonOrderId, causationId: null, cancellationToken);
        return await GetCommerceOrderProcessEndpoint.HandleAsync(amazonOrderId, session, cancellationToken);
    }
}
