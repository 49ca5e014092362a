using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.TrackingSync.Confirmations.GetConfirmations;

public static class GetConfirmationsEndpoints
{
    public static RouteGroupBuilder MapGetConfirmations(this RouteGroupBuilder group)
    {
        group.MapGet("/{amazonOrderId}/{shipmentId}", GetAsync).RequireAuthorization(Permissions.ReadOrders);
        group.MapGet("/", ListAsync).RequireAuthorization(Permissions.ReadOrders);
        return group;
    }

    private static async Task<Results<Ok<ShipmentConfirmationView>, ProblemHttpResult>> GetAsync(
        string amazonOrderId, string shipmentId, IQuerySession session, CancellationToken cancellationToken)
    {
        var key = ConfirmationKey.Of(amazonOrderId, shipmentId);
        // The document first: a version read after it is never older than it (both are written in one transaction).
        var confirmation = await session.LoadAsync<ShipmentConfirmation>(key, cancellationToken);
        var state = await session.Events.FetchStreamStateAsync(key, cancellationToken);
        return confirmation is null || state is null
            ? TypedResults.Problem(
                $"No confirmation exists for shipment '{shipmentId}' of order {amazonOrderId}.",
                statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(ShipmentConfirmationView.From(confirmation, state.Version));
    }

    /// <summary>The confirmations of one Amazon order, oldest shipment first.</summary>
    private static async Task<Results<Ok<IReadOnlyList<ShipmentConfirmationView>>, ProblemHttpResult>> ListAsync(
        string? amazonOrderId, IQuerySession session, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(amazonOrderId))
        {
            return TypedResults.Problem(
                "The query parameter 'amazonOrderId' is required.", statusCode: StatusCodes.Status400BadRequest);
        }

        var confirmations = await session.Query<ShipmentConfirmation>()
            .Where(confirmation => confirmation.AmazonOrderId == amazonOrderId)
            .OrderBy(confirmation => confirmation.RequestedAt)
            .ToListAsync(cancellationToken);
        var views = new List<ShipmentConfirmationView>();
        foreach (var confirmation in confirmations)
        {
            var state = await session.Events.FetchStreamStateAsync(confirmation.Id, cancellationToken);
            views.Add(ShipmentConfirmationView.From(confirmation, state?.Version ?? 0));
        }

        return TypedResults.Ok<IReadOnlyList<ShipmentConfirmationView>>(views);
    }
}
