using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Configuration;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;
using Fulfillment.SpApiSimulator.OrdersApi.Projections;
using Fulfillment.SpApiSimulator.OrdersApi.Shapes;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiSimulator.OrdersApi.GetOrders;

public static class GetOrdersEndpoint
{
    public static RouteGroupBuilder MapGetOrders(this RouteGroupBuilder group)
    {
        group.MapGet("/", Handle).IsSpApiOperation("getOrders");
        return group;
    }

    /// <summary>
    /// One page of the seller's orders in the window, oldest first (by the window's date, then order id, so pages
    /// never overlap or skip), with the window end Amazon used echoed back.
    /// </summary>
    private static Results<JsonHttpResult<Payload<OrdersList>>, JsonHttpResult<SpApiErrorList>> Handle(
        HttpContext http, OrderBook orders, TimeProvider clock, IOptions<SpApiSimulatorOptions> options)
    {
        var caller = http.SpApiCaller();
        var now = clock.GetUtcNow();
        var (query, error) = GetOrdersQueryParser.Parse(http.Request.Query, caller.SellerId, now, options.Value.DataDelay);
        if (query is null)
        {
            return SpApiResults.Error(StatusCodes.Status400BadRequest, error!);
        }

        var page = orders.All()
            .Where(query.Includes)
            .OrderBy(query.DateOf)
            .ThenBy(order => order.AmazonOrderId, StringComparer.Ordinal)
            .Take(query.MaxResultsPerPage + 1)
            .ToList();
        var more = page.Count > query.MaxResultsPerPage;
        page = page.Take(query.MaxResultsPerPage).ToList();
        var nextToken = more
            ? OrdersNextToken.Encode(query with { Cursor = new OrdersCursor(query.DateOf(page[^1]), page[^1].AmazonOrderId) })
            : null;
        var before = SpApiDates.Format(query.Before);
        return SpApiResults.Ok(new Payload<OrdersList>(new OrdersList(
            [.. page.Select(order => OrderProjection.ToOrder(order, caller, now))],
            nextToken,
            LastUpdatedBefore: query.Window == OrderWindow.LastUpdated ? before : null,
            CreatedBefore: query.Window == OrderWindow.Created ? before : null)));
    }
}
