using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.CommerceOrder.CommerceOrders.GetCommerceOrderProcess;

public static class GetCommerceOrderProcessEndpoint
{
    public static RouteGroupBuilder MapGetCommerceOrderProcess(this RouteGroupBuilder group)
    {
        group.MapGet("/{amazonOrderId}", HandleAsync).RequireAuthorization(Permissions.ReadOrders);
        return group;
    }

    public static async Task<Results<Ok<CommerceOrderProcessView>, ProblemHttpResult>> HandleAsync(
        string amazonOrderId, IQuerySession session, CancellationToken cancellationToken)
    {
        var state = await session.Events.FetchStreamStateAsync(amazonOrderId, cancellationToken);
        var process = await session.LoadAsync<CommerceOrderProcess>(amazonOrderId, cancellationToken);
        if (process is null || state is null)
        {
            return TypedResults.Problem(
                detail: $"No Commerce order process exists for Amazon order '{amazonOrderId}'.",
                statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(CommerceOrderProcessView.From(process, state.Version));
    }
}
