using Fulfillment.TrackingSync.Confirmations.GetConfirmations;
using Fulfillment.TrackingSync.Confirmations.SendConfirmations;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.TrackingSync.Confirmations.RetryConfirmation;

public static class RetryConfirmationEndpoint
{
    public static RouteGroupBuilder MapRetryConfirmation(this RouteGroupBuilder group)
    {
        group.MapPost("/{amazonOrderId}/{shipmentId}/retry", HandleAsync).RequireAuthorization(Permissions.ActOnOrders);
        return group;
    }

    /// <summary>200 with the confirmation, its rejected packages pending again; 409 when no package was rejected.</summary>
    private static async Task<Results<Ok<ShipmentConfirmationView>, ProblemHttpResult>> HandleAsync(
        string amazonOrderId, string shipmentId, IDocumentSession session, ConfirmationSignal signal, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<ShipmentConfirmation>(
            ConfirmationKey.Of(amazonOrderId, shipmentId), cancellationToken);
        if (stream.Aggregate is not { } confirmation)
        {
            return TypedResults.Problem(
                $"No confirmation exists for shipment '{shipmentId}' of order {amazonOrderId}.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var events = RetryConfirmationDecider.Decide(confirmation, clock.GetUtcNow());
        if (events.Count == 0)
        {
            return TypedResults.Problem(
                $"Shipment '{shipmentId}' is {confirmation.Status}: no package was rejected, there is nothing to retry.",
                statusCode: StatusCodes.Status409Conflict);
        }

        stream.AppendMany(events);
        await session.SaveChangesAsync(cancellationToken);
        signal.Wake();
        var retried = events.Aggregate(confirmation, (state, @event) => state.After(@event));
        return TypedResults.Ok(ShipmentConfirmationView.From(retried, (stream.StartingVersion ?? 0) + events.Count));
    }
}
