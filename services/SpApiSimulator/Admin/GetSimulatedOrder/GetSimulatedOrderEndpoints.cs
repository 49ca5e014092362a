using Fulfillment.SpApiSimulator.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Admin.GetSimulatedOrder;

public static class GetSimulatedOrderEndpoints
{
    public static RouteGroupBuilder MapGetSimulatedOrders(this RouteGroupBuilder group)
    {
        group.MapGet("/orders/{amazonOrderId}", GetOne);
        group.MapGet("/orders", List);
        return group;
    }

    private static Results<Ok<SimulatedOrderView>, NotFound> GetOne(string amazonOrderId, OrderBook orders) =>
        orders.Find(amazonOrderId) is { } order ? TypedResults.Ok(SimulatedOrderView.From(order)) : TypedResults.NotFound();

    /// <summary>Every order, or one seller's, by last update.</summary>
    private static Ok<List<SimulatedOrderView>> List(string? sellerId, OrderBook orders) =>
        TypedResults.Ok(orders.All()
            .Where(order => sellerId is null || order.SellerId == sellerId)
            .OrderBy(order => order.LastUpdateDate)
            .ThenBy(order => order.AmazonOrderId, StringComparer.Ordinal)
            .Select(SimulatedOrderView.From)
            .ToList());
}
