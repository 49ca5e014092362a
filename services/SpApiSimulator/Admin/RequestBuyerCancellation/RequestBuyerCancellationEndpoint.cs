using FluentValidation;
using Fulfillment.ServiceDefaults.Http;
using Fulfillment.SpApiSimulator.Admin.ChangeOrderStatus;
using Fulfillment.SpApiSimulator.Admin.GetSimulatedOrder;
using Fulfillment.SpApiSimulator.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Admin.RequestBuyerCancellation;

/// <summary>The buyer asks to cancel, now or at <paramref name="At"/>, giving a reason.</summary>
public sealed record RequestBuyerCancellationRequest(string? Reason, DateTimeOffset? At);

public sealed class RequestBuyerCancellationRequestValidator : AbstractValidator<RequestBuyerCancellationRequest>
{
    public RequestBuyerCancellationRequestValidator(TimeProvider clock) =>
        RuleFor(request => request.At)
            .LessThanOrEqualTo(_ => clock.GetUtcNow())
            .WithMessage("'{PropertyName}' must not be in the future.");
}

public static class RequestBuyerCancellationEndpoint
{
    public static RouteGroupBuilder MapRequestBuyerCancellation(this RouteGroupBuilder group)
    {
        group.MapPost("/orders/{amazonOrderId}/buyer-cancellation", Handle).Validate<RequestBuyerCancellationRequest>();
        return group;
    }

    /// <summary>
    /// Shows the request on the order items (<c>BuyerRequestedCancel</c>) and moves <c>LastUpdateDate</c>, so a
    /// poller sees it. Buyers can ask only before the order ships.
    /// </summary>
    private static Results<Ok<SimulatedOrderView>, ValidationProblem, NotFound> Handle(
        string amazonOrderId, RequestBuyerCancellationRequest request, OrderBook orders, TimeProvider clock)
    {
        var at = OrderUpdateTime.Of(request.At, clock.GetUtcNow());
        var change = orders.Change(amazonOrderId, order =>
            order.Status is not (OrderStatus.Pending or OrderStatus.PendingAvailability or OrderStatus.Unshipped)
                ? new OrderChange<AdminRefusal?>(null, new AdminRefusal("AmazonOrderId", $"A {order.Status} order takes no cancellation request."))
                : OrderUpdateTime.Refusal(order, at) is { } tooEarly
                    ? new OrderChange<AdminRefusal?>(null, new AdminRefusal(nameof(request.At), tooEarly))
                    : new OrderChange<AdminRefusal?>(
                        order.RequestCancellation(new BuyerCancelRequest(request.Reason ?? "BuyerCanceled", at)), null));
        return change switch
        {
            null => TypedResults.NotFound(),
            { Outcome: { } refusal } => refusal.ToValidationProblem(),
            _ => TypedResults.Ok(SimulatedOrderView.From(change.Updated!)),
        };
    }
}
