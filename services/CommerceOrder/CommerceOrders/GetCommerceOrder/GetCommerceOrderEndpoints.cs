using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.CommerceOrder.CommerceOrders.GetCommerceOrder;

public static class GetCommerceOrderEndpoints
{
    public static RouteGroupBuilder MapGetCommerceOrder(this RouteGroupBuilder group)
    {
        group.MapGet("/{incrementId}", GetByNumberAsync).RequireAuthorization(Permissions.ReadOrders);
        group.MapGet("/", FindByAmazonOrderIdAsync).RequireAuthorization(Permissions.ReadOrders);
        return group;
    }

    private static async Task<Results<JsonHttpResult<CommerceOrderResponse>, ProblemHttpResult>> GetByNumberAsync(
        string incrementId, IQuerySession session, CancellationToken cancellationToken)
    {
        var process = await session.Query<CommerceOrderProcess>()
            .FirstOrDefaultAsync(candidate => candidate.Placement!.IncrementId == incrementId, cancellationToken);
        return await RespondAsync(process, session, $"No Commerce order has number '{incrementId}'.", cancellationToken);
    }

    /// <summary>The lookup by Amazon order id: <c>GET /api/commerce/orders?amazon_order_id=...</c>.</summary>
    private static async Task<Results<JsonHttpResult<CommerceOrderResponse>, ProblemHttpResult>> FindByAmazonOrderIdAsync(
        HttpRequest request, IQuerySession session, CancellationToken cancellationToken)
    {
        var amazonOrderId = request.Query["amazon_order_id"].ToString();
        if (string.IsNullOrWhiteSpace(amazonOrderId))
        {
            return TypedResults.Problem(
                "Query parameter 'amazon_order_id' is required.", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]>
                {
                    ["amazon_order_id"] = ["amazon_order_id is required."],
                } });
        }

        var process = await session.LoadAsync<CommerceOrderProcess>(amazonOrderId, cancellationToken);
        return await RespondAsync(
            process, session, $"No Commerce order exists for Amazon order '{amazonOrderId}'.", cancellationToken);
    }

    private static async Task<Results<JsonHttpResult<CommerceOrderResponse>, ProblemHttpResult>> RespondAsync(
        CommerceOrderProcess? process, IQuerySession session, string notFound, CancellationToken cancellationToken)
    {
        if (process?.Placement is null)
        {
            return TypedResults.Problem(notFound, statusCode: StatusCodes.Status404NotFound);
        }

        var personal = await session.LoadAsync<CommerceOrderPersonalData>(process.Id, cancellationToken);
        return TypedResults.Json(CommerceOrderResponseMapping.From(process, personal), CommerceJson.Options);
    }
}
