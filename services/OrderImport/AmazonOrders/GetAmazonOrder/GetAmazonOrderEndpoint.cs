using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.AmazonOrders.GetAmazonOrder;

public static class GetAmazonOrderEndpoint
{
    public static RouteGroupBuilder MapGetAmazonOrder(this RouteGroupBuilder group)
    {
        group.MapGet("/{amazonOrderId}", HandleAsync).RequireAuthorization(Permissions.ReadOrders);
        return group;
    }

    private static async Task<Results<Ok<AmazonOrderView>, ProblemHttpResult>> HandleAsync(
        string amazonOrderId, IQuerySession session, CancellationToken cancellationToken)
    {
        var state = await session.Events.FetchStreamStateAsync(amazonOrderId, cancellationToken);
        var order = await session.Events.AggregateStreamAsync<AmazonOrder>(amazonOrderId, token: cancellationToken);
        if (order is null || state is null)
        {
            return TypedResults.Problem(
                detail: $"No Amazon order '{amazonOrderId}' has been imported.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(AmazonOrderView.From(order, state.Version));
    }
}
