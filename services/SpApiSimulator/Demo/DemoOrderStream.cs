using Fulfillment.SpApiSimulator.Admin.PlaceOrder;
using Fulfillment.ServiceDefaults.Workers;
using Fulfillment.SpApiSimulator.Orders;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiSimulator.Demo;

/// <summary>
/// The demo's buyers and Amazon's hand: places an order every interval, then verifies it, ships it (FBA) or lets the
/// buyer cancel it, through the same order book and status rules the admin API uses. A tick that fails is tried
/// again after a pause, so the buyers outlive an outage of what the order book stands on.
/// </summary>
public sealed class DemoOrderStream(
    OrderBook orders, AmazonIds ids, TimeProvider clock, IOptions<DemoOptions> options, WorkerHealth health,
    ILogger<DemoOrderStream> logger)
    : ResilientWorker(health, logger)
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private readonly List<(DateTimeOffset Due, string AmazonOrderId, OrderStatus To)> _planned = [];
    private readonly Random _random = new(options.Value.Seed);
    private int _placed;
    private DateTimeOffset? _nextOrderAt;

    protected override Task RunRoundAsync(CancellationToken stoppingToken)
    {
        var demo = options.Value;
        if (!demo.Enabled)
        {
            Finish();
            return Task.CompletedTask;
        }

        var now = clock.GetUtcNow();
        if (_nextOrderAt is null)
        {
            ResumePlansOfKeptOrders(demo);
            // The first order comes one tick after the start.
            _nextOrderAt = now + Tick;
        }

        if (now >= _nextOrderAt && (demo.MaxOrders == 0 || _placed < demo.MaxOrders))
        {
            Place(DemoOrderPlan.Draw(_random, demo), demo, now);
            _placed++;
            _nextOrderAt = now + demo.Interval;
        }

        MoveDueOrders(now);
        return Task.CompletedTask;
    }

    protected override Task WaitForNextRoundAsync(CancellationToken stoppingToken) => Task.Delay(Tick, clock, stoppingToken);

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
