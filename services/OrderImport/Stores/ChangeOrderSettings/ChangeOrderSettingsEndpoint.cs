using Fulfillment.ServiceDefaults.Http;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.Stores.ChangeOrderSettings;

public static class ChangeOrderSettingsEndpoint
{
    public static RouteGroupBuilder MapChangeOrderSettings(this RouteGroupBuilder group)
    {
        group.MapPut("/{storeId}/settings", HandleAsync).RequireAuthorization(Permissions.ActOnOrders).Validate<ChangeOrderSettingsRequest>();
        return group;
    }

    private static async Task<Results<Ok<AmazonStoreView>, ProblemHttpResult>> HandleAsync(
        string storeId, ChangeOrderSettingsRequest request, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<AmazonStore>(storeId, cancellationToken);
        if (stream.Aggregate is not { } store)
        {
            return TypedResults.Problem($"No store '{storeId}' is connected.", statusCode: StatusCodes.Status404NotFound);
        }

        var events = ChangeOrderSettingsDecider.Decide(store, new ChangeOrderSettings(storeId, request.ToSettings(), clock.GetUtcNow()));
        stream.AppendMany(events);
        await session.SaveChangesAsync(cancellationToken);
        var changed = events.OfType<OrderSettingsChanged>().Aggregate(store, (current, change) => current.Apply(change));
        return TypedResults.Ok(AmazonStoreView.From(changed));
    }
}
