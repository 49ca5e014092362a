using Fulfillment.SpApiSimulator.Faults;
using Fulfillment.SpApiSimulator.FeedsApi;
using Fulfillment.SpApiSimulator.Orders;
using Fulfillment.SpApiSimulator.Pipeline;
using Fulfillment.SpApiSimulator.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Admin.Reset;

public static class ResetEndpoint
{
    public static RouteGroupBuilder MapReset(this RouteGroupBuilder group)
    {
        group.MapPost("/reset", Reset);
        return group;
    }

    /// <summary>
    /// Amazon's side back to empty: no orders, no feeds, no counts, no armed faults, every rate-limit bucket full. Issued tokens
    /// stay valid, as a client's cached token would against Amazon, and the clock keeps its time (it never goes back).
    /// </summary>
    private static NoContent Reset(OrderBook orders, RequestCounters counters, FaultInjector faults, RateLimiter rateLimiter, FeedStore feeds)
    {
        orders.Clear();
        feeds.Clear();
        counters.Reset();
        faults.Clear();
        rateLimiter.Reset();
        return TypedResults.NoContent();
    }
}
