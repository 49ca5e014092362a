using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Configuration;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;
using Fulfillment.SpApiSimulator.OrdersApi.Projections;
using Fulfillment.SpApiSimulator.OrdersApi.Shapes;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiSimulator.OrdersApi.GetOrderItems;

public static class GetOrderItemsEndpoint
{
    public static RouteGroupBuilder MapGetOrderItems(this RouteGroupBuilder group)
    {
        group.MapGet("/{orderId}/orderItems", Handle).IsSpApiOperation("getOrderItems");
        return group;
    }

    /// <summary>One page of the order's items; prices only once the payment is verified.</summary>
    private static Results<JsonHttpResult<Payload<OrderItemsList>>, JsonHttpResult<SpApiErrorList>> Handle(
        string orderId,
        [FromQuery(Name = "NextToken")] string? nextToken,
        HttpContext http,
        OrderBook orders,
        IOptions<SpApiSimulatorOptions> options)
    {
        if (orders.Find(http.SpApiCaller().SellerId, orderId) is not { } order)
        {
            return SpApiResults.NotFound($"Order {orderId} was not found.");
        }

        var start = nextToken is null ? 0 : OrderItemsNextToken.Decode(order.AmazonOrderId, nextToken);
        if (start is null || start > order.Items.Count)
        {
            return SpApiResults.InvalidInput("Invalid NextToken.");
        }

        var pageSize = options.Value.OrderItemsPageSize;
        var next = start.Value + pageSize;
        return SpApiResults.Ok(new Payload<OrderItemsList>(new OrderItemsList(
            [.. order.Items.Skip(start.Value).Take(pageSize).Select(item => OrderItemProjection.ToOrderItem(order, item))],
            next < order.Items.Count ? OrderItemsNextToken.Encode(order.AmazonOrderId, next) : null,
            order.AmazonOrderId)));
    }
}
