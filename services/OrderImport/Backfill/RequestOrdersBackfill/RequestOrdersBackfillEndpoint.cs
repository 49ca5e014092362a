using Fulfillment.OrderImport.Backfill.GetOrdersBackfills;
using Fulfillment.OrderImport.Backfill.RunOrdersBackfill;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults.Http;
using Fulfillment.ServiceDefaults.Workers;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.Backfill.RequestOrdersBackfill;

public static class RequestOrdersBackfillEndpoint
{
    public static RouteGroupBuilder MapRequestOrdersBackfill(this RouteGroupBuilder group)
    {
        group.MapPost("/{storeId}/backfill", HandleAsync).RequireAuthorization(Permissions.ActOnOrders).Validate<RequestOrdersBackfillRequest>();
        return group;
    }

    /// <summary>
    /// 202 with the backfill to follow (it runs in the background), 200 with the open backfill of the same range
    /// when it was asked already, 404 for an unknown store, 409 for an Inactive one.
    /// </summary>
    private static async Task<Results<Accepted<OrdersBackfill>, Ok<OrdersBackfill>, ProblemHttpResult>> HandleAsync(
        string storeId, RequestOrdersBackfillRequest request, IDocumentSession session, WakeUpSignal<OrdersBackfillWorker> signal,
        TimeProvider clock, System.Security.Claims.ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<AmazonStore>(storeId, cancellationToken);
        if (stream.Aggregate is not { } store)
        {
            return TypedResults.Problem($"No store '{storeId}' is connected.", statusCode: StatusCodes.Status404NotFound);
        }

        var command = new RequestOrdersBackfill(
            Guid.CreateVersion7(), request.From!.Value, request.To!.Value, CallerClaims.Requester(caller, request.RequestedBy), clock.GetUtcNow());
        IReadOnlyList<object> events;
        try
        {
            events = RequestOrdersBackfillDecider.Decide(store, command);
        }
        catch (StoreInactiveException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status409Conflict);
        }

        if (events.Count == 0)
        {
            var open = store.OpenBackfills.First(backfill => backfill.From == command.From && backfill.To == command.To);
            return TypedResults.Ok(await session.LoadAsync<OrdersBackfill>(open.BackfillId, cancellationToken));
        }

        stream.AppendMany(events);
        await session.SaveChangesAsync(cancellationToken);
        signal.Notify();
        // As this request left it: the worker may already have started it by the time the answer leaves.
        var requested = OrdersBackfillProjection.Create((OrdersBackfillRequested)events[0]);
        return TypedResults.Accepted($"/api/stores/{storeId}/backfills/{command.BackfillId}", requested);
    }
}
