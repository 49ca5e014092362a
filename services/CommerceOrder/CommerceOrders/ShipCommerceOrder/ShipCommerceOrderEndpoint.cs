using FluentValidation;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Telemetry;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.CommerceOrder.CommerceOrders.ShipCommerceOrder;

public static class ShipCommerceOrderEndpoint
{
    private const string IdempotencyKeyHeader = "Idempotency-Key";

    public static RouteGroupBuilder MapShipCommerceOrder(this RouteGroupBuilder group)
    {
        group.MapPost("/{incrementId}/ship", HandleAsync).RequireAuthorization(Permissions.ShipCommerceOrders);
        return group;
    }

    /// <summary>
    /// 201 with the shipment; 200 with the earlier one when the same <c>Idempotency-Key</c> was already shipped; 400
    /// naming the field for anything T1 refuses, with nothing recorded; 409 when another shipment of the order was
    /// recorded meanwhile (send it again: it is then checked against what is left).
    /// </summary>
    private static async Task<Results<JsonHttpResult<ShipmentResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string incrementId, ShipOrderRequest received, HttpRequest http, IDocumentSession session,
        IValidator<ShipOrderRequest> validator, TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = received.Normalised();
        var shipmentId = http.Headers[IdempotencyKeyHeader].ToString() is { Length: > 0 } key ? key : Guid.NewGuid().ToString("N");
        if (shipmentId.Length > 64)
        {
            return Invalid(IdempotencyKeyHeader, "An Idempotency-Key is at most 64 characters.");
        }

        var amazonOrderId = await session.Query<CommerceOrderProcess>()
            .Where(process => process.Placement!.IncrementId == incrementId)
            .Select(process => process.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (amazonOrderId is null)
        {
            return Invalid("incrementId", $"No Commerce order has number '{incrementId}'.");
        }

        // The request comes days after the order's trace began: the shipment continues that trace, linked to the request.
        OrderTags.Tag(http.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity, amazonOrderId, incrementId);
        using var span = OrderSpan.Start(
            "ship commerce order", await OrderSpan.TraceOfStreamAsync(session, amazonOrderId, cancellationToken),
            amazonOrderId, incrementId);
        TraceContextHeaders.Stamp(session, span.Activity);
        var stream = await session.Events.FetchForWriting<CommerceOrderProcess>(amazonOrderId, cancellationToken);
        var order = stream.Aggregate!;
        if (order.Shipments.FirstOrDefault(shipment => shipment.ShipmentId == shipmentId) is { } earlier)
        {
            return TypedResults.Json(ShipmentResponse.From(earlier, order), CommerceJson.Options);
        }

        var context = new ValidationContext<ShipOrderRequest>(request);
        context.RootContextData[ShipOrderRequestValidator.OrderKey] = order;
        var validation = await validator.ValidateAsync(context, cancellationToken);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToDictionary());
        }

        var events = ShipCommerceOrderDecider.Decide(order, new ShipCommerceOrder(shipmentId, request, clock.GetUtcNow()));
        stream.AppendMany(events);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyException)
        {
            return TypedResults.Problem(
                $"Order {incrementId} changed while this shipment was recorded; nothing was recorded. Send the request again.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var shipped = (ShipmentRecorded)events[0];
        var after = events.Aggregate(order, (current, @event) => @event switch
        {
            ShipmentRecorded recorded => current.Apply(recorded),
            OrderCompleted completed => current.Apply(completed),
            _ => current,
        });
        return TypedResults.Json(
            ShipmentResponse.From(shipped, after), CommerceJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
