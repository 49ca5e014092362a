using Fulfillment.ServiceDefaults.Http;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.Stores.ConnectAmazonStore;

public static class ConnectAmazonStoreEndpoint
{
    public static RouteGroupBuilder MapConnectAmazonStore(this RouteGroupBuilder group)
    {
        group.MapPost("/", HandleAsync).RequireAuthorization(Permissions.Administer).Validate<ConnectAmazonStoreRequest>();
        return group;
    }

    /// <summary>201 when connected, 200 when the same store was already connected, 409 for another account.</summary>
    private static async Task<Results<Created<AmazonStoreView>, Ok<AmazonStoreView>, ProblemHttpResult>> HandleAsync(
        ConnectAmazonStoreRequest request, IDocumentSession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<AmazonStore>(request.StoreId, cancellationToken);
        IReadOnlyList<object> events;
        try
        {
            events = ConnectAmazonStoreDecider.Decide(stream.Aggregate, new ConnectAmazonStore(request, clock.GetUtcNow()));
        }
        catch (StoreAlreadyConnectedException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status409Conflict);
        }

        if (events.Count == 0)
        {
            return TypedResults.Ok(AmazonStoreView.From(stream.Aggregate!));
        }

        stream.AppendMany(events);
        await session.SaveChangesAsync(cancellationToken);
        var store = AmazonStore.Create((AmazonStoreConnected)events[0]);
        return TypedResults.Created($"/api/stores/{store.Id}", AmazonStoreView.From(store));
    }
}
