using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;
using Fulfillment.SpApiSimulator.OrdersApi.Projections;
using Fulfillment.SpApiSimulator.OrdersApi.Shapes;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.OrdersApi.GetOrderAddress;

public static class GetOrderAddressEndpoint
{
    public static RouteGroupBuilder MapGetOrderAddress(this RouteGroupBuilder group)
    {
        group.MapGet("/{orderId}/address", Handle).IsSpApiOperation("getOrderAddress", SpApiAccess.RestrictedDataToken);
        return group;
    }

    /// <summary>The full shipping address (the token is a Restricted Data Token), in the statuses that have one.</summary>
    private static Results<JsonHttpResult<Payload<OrderAddress>>, JsonHttpResult<SpApiErrorList>> Handle(
        string orderId, HttpContext http, OrderBook orders, TimeProvider clock)
    {
        if (orders.Find(http.SpApiCaller().SellerId, orderId) is not { } order)
        {
            return SpApiResults.NotFound($"Order {orderId} was not found.");
        }

        return SpApiResults.Ok(new Payload<OrderAddress>(new OrderAddress(
            order.AmazonOrderId, AddressProjection.ShippingAddress(order, withRestrictedData: true, clock.GetUtcNow()))));
    }
}
