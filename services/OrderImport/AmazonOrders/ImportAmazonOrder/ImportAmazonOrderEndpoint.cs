using Fulfillment.ServiceDefaults.Http;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;

public static class ImportAmazonOrderEndpoint
{
    public static RouteGroupBuilder MapImportAmazonOrder(this RouteGroupBuilder group)
    {
        group.MapPost("/", HandleAsync).Validate<AmazonOrderSnapshot>();
        return group;
    }

    /// <summary>201 when the snapshot was recorded, 200 when it changed nothing (already known or stale).</summary>
    private static async Task<Results<Created<AmazonOrderView>, Ok<AmazonOrderView>>> HandleAsync(
        AmazonOrderSnapshot snapshot, IDocumentSession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<AmazonOrder>(snapshot.AmazonOrderId, cancellationToken);
        var events = ImportAmazonOrderDecider.Decide(
            stream.Aggregate, new ImportAmazonOrder(snapshot, clock.GetUtcNow()));
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
