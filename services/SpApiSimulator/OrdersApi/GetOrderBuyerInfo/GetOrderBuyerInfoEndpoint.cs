using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;
using Fulfillment.SpApiSimulator.OrdersApi.Shapes;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.OrdersApi.GetOrderBuyerInfo;

public static class GetOrderBuyerInfoEndpoint
{
    public static RouteGroupBuilder MapGetOrderBuyerInfo(this RouteGroupBuilder group)
    {
        group.MapGet("/{orderId}/buyerInfo", Handle).IsSpApiOperation("getOrderBuyerInfo", SpApiAccess.RestrictedDataToken);
        return group;
    }

    /// <summary>The buyer's name and email, once Amazon has verified the payment; before, only the order id.</summary>
    private static Results<JsonHttpResult<Payload<OrderBuyerInfo>>, JsonHttpResult<SpApiErrorList>> Handle(
        string orderId, HttpContext http, OrderBook orders)
    {
        if (orders.Find(http.SpApiCaller().SellerId, orderId) is not { } order)
        {
            return SpApiResults.NotFound($"Order {orderId} was not found.");
        }

        return SpApiResults.Ok(new Payload<OrderBuyerInfo>(order.ShowsBuyer
            ? new OrderBuyerInfo(order.AmazonOrderId, order.Buyer.Email, order.Buyer.Name)
            : new OrderBuyerInfo(order.AmazonOrderId)));
    }
}
