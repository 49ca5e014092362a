using Fulfillment.ServiceDefaults.Http;
using Fulfillment.SpApiSimulator.Admin.GetSimulatedOrder;
using Fulfillment.SpApiSimulator.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Admin.ChangeOrderStatus;

public static class ChangeOrderStatusEndpoint
{
    public static RouteGroupBuilder MapChangeOrderStatus(this RouteGroupBuilder group)
    {
        group.MapPost("/orders/{amazonOrderId}/status", Handle).Validate<ChangeOrderStatusRequest>();
        return group;
    }

    /// <summary>The order in its new status with its <c>LastUpdateDate</c> moved; 400 naming the field Amazon would refuse.</summary>
    private static Results<Ok<SimulatedOrderView>, ValidationProblem, NotFound> Handle(
        string amazonOrderId, ChangeOrderStatusRequest request, OrderBook orders, TimeProvider clock)
    {
        var status = Enum.Parse<OrderStatus>(request.Status);
        var at = OrderUpdateTime.Of(request.At, clock.GetUtcNow());
        var change = orders.Change(amazonOrderId, order =>
            StatusTransitions.Refusal(order, status) is { } refusal
                ? new OrderChange<AdminRefusal?>(null, new AdminRefusal(nameof(request.Status), refusal))
                : OrderUpdateTime.Refusal(order, at) is { } tooEarly
                    ? new OrderChange<AdminRefusal?>(null, new AdminRefusal(nameof(request.At), tooEarly))
                    : new OrderChange<AdminRefusal?>(order.MoveTo(status, at), null));
        return change switch
        {
            null => TypedResults.NotFound(),
            { Outcome: { } refusal } => refusal.ToValidationProblem(),
            _ => TypedResults.Ok(SimulatedOrderView.From(change.Updated!)),
        };
    }
}
