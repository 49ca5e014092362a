using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;
using Fulfillment.SpApiSimulator.OrdersApi.Projections;
using Fulfillment.SpApiSimulator.OrdersApi.Shapes;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.OrdersApi.GetOrder;

public static class GetOrderEndpoint
{
    public static RouteGroupBuilder MapGetOrder(this RouteGroupBuilder group)
    {
        group.MapGet("/{orderId}", Handle).IsSpApiOperation("getOrder");
        return group;
    }

    /// <summary>
    /// The order; for an order the seller does not have, Amazon answers 200 with an empty payload rather than the
    /// 404 the model documents (amzn/selling-partner-api-models#2939), so a client must be ready for that.
    /// </summary>
    private static Results<JsonHttpResult<Payload<Order>>, JsonHttpResult<Payload<EmptyObject>>> Handle(
        string orderId, HttpContext http, OrderBook orders, TimeProvider clock)
    {
        var caller = http.SpApiCaller();
        return orders.Find(caller.SellerId, orderId) is { } order
            ? SpApiResults.Ok(new Payload<Order>(OrderProjection.ToOrder(order, caller, clock.GetUtcNow())))
            : SpApiResults.Ok(new Payload<EmptyObject>(new EmptyObject()));
    }
}
