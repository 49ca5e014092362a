using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.OrdersApi.ConfirmShipment;

public static class ConfirmShipmentEndpoint
{
    public static RouteGroupBuilder MapConfirmShipment(this RouteGroupBuilder group)
    {
        group.MapPost("/{orderId}/shipmentConfirmation", HandleAsync).IsSpApiOperation("confirmShipment");
        return group;
    }

    /// <summary>
    /// Records the package and ships its quantities: the order becomes <c>PartiallyShipped</c>, or <c>Shipped</c> once
    /// nothing is left, and its <c>LastUpdateDate</c> moves. 204 with no body, as Amazon answers.
    /// </summary>
    private static async Task<Results<NoContent, JsonHttpResult<SpApiErrorList>>> HandleAsync(
        string orderId, HttpContext http, OrderBook orders, TimeProvider clock)
    {
        var sellerId = http.SpApiCaller().SellerId;
        var receivedAt = SpApiDates.ToWholeSeconds(clock.GetUtcNow());
        var (request, invalid) = ConfirmShipmentRequestReader.Read(await SpApiRequestBody.ReadAsync(http), receivedAt);
        if (request is null)
        {
            return SpApiResults.Error(StatusCodes.Status400BadRequest, invalid!);
        }

        var change = orders.Find(sellerId, orderId) is null
            ? null
            : orders.Change(orderId, order => ShipmentRules.Refusal(order, request) is { } refusal
                ? new OrderChange<SpApiError?>(null, refusal)
                : new OrderChange<SpApiError?>(order.Confirm(request.Package), null));
        return change switch
        {
            null => SpApiResults.NotFound($"Order {orderId} was not found."),
            { Outcome: { } refused } => SpApiResults.Error(StatusCodes.Status400BadRequest, refused),
            _ => TypedResults.NoContent(),
        };
    }
}
