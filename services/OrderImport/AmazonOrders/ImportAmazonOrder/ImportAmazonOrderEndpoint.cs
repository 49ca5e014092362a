using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults.Http;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;

public static class ImportAmazonOrderEndpoint
{
    public static RouteGroupBuilder MapImportAmazonOrder(this RouteGroupBuilder group)
    {
        group.MapPost("/", HandleAsync).RequireAuthorization(Permissions.Administer).Validate<AmazonOrderSnapshot>();
        return group;
    }

    /// <summary>201 when the snapshot was recorded, 200 when it changed nothing (already known or stale).</summary>
    private static async Task<Results<Created<AmazonOrderView>, Ok<AmazonOrderView>, ValidationProblem>> HandleAsync(
        AmazonOrderSnapshot snapshot, IDocumentSession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<AmazonStore>(snapshot.StoreId, cancellationToken) is not { } store)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [nameof(AmazonOrderSnapshot.StoreId)] = [$"No store '{snapshot.StoreId}' is connected."],
            });
        }

        var stream = await session.Events.FetchForWriting<AmazonOrder>(snapshot.AmazonOrderId, cancellationToken);
        var events = ImportAmazonOrderDecider.Decide(
            stream.Aggregate, new ImportAmazonOrder(snapshot, store.SettingsVersion, clock.GetUtcNow()));
        if (events.Count == 0)
        {
            return TypedResults.Ok(AmazonOrderView.From(stream.Aggregate!, stream.CurrentVersion ?? 0));
        }

        stream.AppendMany(events);
        await session.SaveChangesAsync(cancellationToken);

        var order = await session.Events.FetchLatest<AmazonOrder>(snapshot.AmazonOrderId, cancellationToken);
        return TypedResults.Created(
            $"/api/amazon-orders/{snapshot.AmazonOrderId}", AmazonOrderView.From(order!, stream.CurrentVersion ?? 0));
    }
}
