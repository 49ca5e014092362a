using Fulfillment.OrderImport.Stores;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.Backfill.GetOrdersBackfills;

public static class GetOrdersBackfillsEndpoint
{
    public static RouteGroupBuilder MapGetOrdersBackfills(this RouteGroupBuilder group)
    {
        group.MapGet("/{storeId}/backfills", ListAsync).RequireAuthorization(Permissions.ReadOrders);
        group.MapGet("/{storeId}/backfills/{backfillId:guid}", GetAsync).RequireAuthorization(Permissions.ReadOrders);
        return group;
    }

    /// <summary>The store's backfills, the latest first.</summary>
    private static async Task<Results<Ok<IReadOnlyList<OrdersBackfill>>, ProblemHttpResult>> ListAsync(
        string storeId, IQuerySession session, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<AmazonStore>(storeId, cancellationToken) is null)
        {
            return NoStore(storeId);
        }

        var backfills = await session.Query<OrdersBackfill>()
            .Where(backfill => backfill.StoreId == storeId)
            .OrderByDescending(backfill => backfill.RequestedAt)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(backfills);
    }

    private static async Task<Results<Ok<OrdersBackfill>, ProblemHttpResult>> GetAsync(
        string storeId, Guid backfillId, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<OrdersBackfill>(backfillId, cancellationToken) is { } backfill && backfill.StoreId == storeId
            ? TypedResults.Ok(backfill)
            : TypedResults.Problem(
                $"Store '{storeId}' has no backfill '{backfillId}'.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult NoStore(string storeId) =>
        TypedResults.Problem($"No store '{storeId}' is connected.", statusCode: StatusCodes.Status404NotFound);
}
