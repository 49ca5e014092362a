using Fulfillment.SpApiSimulator.Admin.PlaceOrder;
using Fulfillment.SpApiSimulator.Orders;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiSimulator.Demo;

/// <summary>
/// The demo's buyers and Amazon's hand: places an order every interval, then verifies it, ships it (FBA) or lets the
/// buyer cancel it, through the same order book and status rules the admin API uses.
/// </summary>
public sealed class DemoOrderStream(
    OrderBook orders, AmazonIds ids, TimeProvider clock, IOptions<DemoOptions> options, ILogger<DemoOrderStream> logger)
    : BackgroundService
{
    private readonly List<(DateTimeOffset Due, string AmazonOrderId, OrderStatus To)> _planned = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var demo = options.Value;
        if (!demo.Enabled)
        {
            return;
        }

        var random = new Random(demo.Seed);
        var placed = 0;
        ResumePlansOfKeptOrders(demo);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        var nextOrderAt = clock.GetUtcNow();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.GetUtcNow();
            if (now >= nextOrderAt && (demo.MaxOrders == 0 || placed < demo.MaxOrders))
            {
                Place(DemoOrderPlan.Draw(random, demo), demo, now);
                placed++;
                nextOrderAt = now + demo.Interval;
            }

            MoveDueOrders(now);
        }
    }

    private void Place(DemoOrderPlan plan, DemoOptions demo, DateTimeOffset now)
    {
        var order = PlaceOrderEndpoint.ToOrder(
            new PlaceOrderRequest(demo.SellerId, demo.MarketplaceId, plan.Channel.ToString(), plan.Items, plan.Buyer,
                plan.ShipTo, PurchaseDate: null),
            ids, now);
        orders.Add(order);
        var verified = now + demo.VerifyAfter;
        if (plan.CanceledBeforeVerification)
        {
            _planned.Add((verified, order.AmazonOrderId, OrderStatus.Canceled));
        }
        else
        {
            _planned.Add((verified, order.AmazonOrderId, OrderStatus.Unshipped));
            if (plan.Channel == FulfillmentChannel.AFN)
            {
                _planned.Add((verified + demo.ShipFbaAfter, order.AmazonOrderId, OrderStatus.Shipped));
            }
        }

        logger.LogInformation("Demo order {AmazonOrderId} placed ({Channel}, {Lines} lines)", order.AmazonOrderId, plan.Channel, plan.Items.Count);
    }

    /// <summary>
    /// Amazon's side is kept across restarts, the demo's plans are not: a demo order left Pending is verified, and an
    /// FBA one shipped, as if the plan had been kept (a buyer's cancel that was to come is not).
    /// </summary>
    private void ResumePlansOfKeptOrders(DemoOptions demo)
    {
        foreach (var order in orders.All().Where(order => order.SellerId == demo.SellerId))
        {
            var verified = order.PurchaseDate + demo.VerifyAfter;
            if (order.Status == OrderStatus.Pending)
            {
                _planned.Add((verified, order.AmazonOrderId, OrderStatus.Unshipped));
            }

            if (order.FulfillmentChannel == FulfillmentChannel.AFN && order.Status is OrderStatus.Pending or OrderStatus.Unshipped)
            {
                _planned.Add((verified + demo.ShipFbaAfter, order.AmazonOrderId, OrderStatus.Shipped));
            }
        }
    }

    private void MoveDueOrders(DateTimeOffset now)
    {
        foreach (var due in _planned.Where(planned => planned.Due <= now).ToList())
        {
            _planned.Remove(due);
            orders.Change(due.AmazonOrderId, order => StatusTransitions.Refusal(order, due.To) is null
                ? new OrderChange<bool>(order.MoveTo(due.To, now), true)
                : new OrderChange<bool>(null, false));
        }
    }
}
