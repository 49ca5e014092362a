using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.Stores.GetAmazonStores;

public static class GetAmazonStoresEndpoint
{
    public static RouteGroupBuilder MapGetAmazonStores(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).RequireAuthorization(Permissions.ReadOrders);
        group.MapGet("/{storeId}", GetAsync).RequireAuthorization(Permissions.ReadOrders);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<AmazonStoreView>>> ListAsync(
        IQuerySession session, CancellationToken cancellationToken)
    {
        var stores = await session.Query<AmazonStore>().OrderBy(store => store.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AmazonStoreView>>([.. stores.Select(AmazonStoreView.From)]);
    }

    private static async Task<Results<Ok<AmazonStoreView>, ProblemHttpResult>> GetAsync(
        string storeId, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<AmazonStore>(storeId, cancellationToken) is { } store
            ? TypedResults.Ok(AmazonStoreView.From(store))
            : TypedResults.Problem($"No store '{storeId}' is connected.", statusCode: StatusCodes.Status404NotFound);
}
