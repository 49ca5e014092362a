using Fulfillment.SpApiSimulator.Pipeline;
using Fulfillment.SpApiSimulator.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Admin.Requests;

/// <summary>Requests per operation and outcome since start or the last reset.</summary>
public sealed record RequestCountersView(IReadOnlyDictionary<string, OperationCounts> Operations);

/// <summary>The usage plan each operation runs with (model values after the configured multiplier and overrides).</summary>
public sealed record UsagePlansView(IReadOnlyDictionary<string, UsagePlan> Operations);

public static class RequestCountersEndpoints
{
    public static RouteGroupBuilder MapRequestCounters(this RouteGroupBuilder group)
    {
        group.MapGet("/requests", (RequestCounters counters) => TypedResults.Ok(new RequestCountersView(counters.Snapshot())));
        group.MapDelete("/requests", ResetCounters);
        group.MapGet("/usage-plans", (UsagePlans plans) => TypedResults.Ok(new UsagePlansView(plans.All)));
        return group;
    }

    private static NoContent ResetCounters(RequestCounters counters)
    {
        counters.Reset();
        return TypedResults.NoContent();
    }
}
