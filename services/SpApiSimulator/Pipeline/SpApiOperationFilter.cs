using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Faults;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.RateLimiting;
using Fulfillment.SpApiSimulator.Sandbox;

namespace Fulfillment.SpApiSimulator.Pipeline;

/// <summary>
/// What stands in front of every SP-API operation, in Amazon's order: the token check (403), the usage plan (429
/// without a rate-limit header), then the simulator's injected faults, then the static sandbox examples, and only
/// then the operation itself, and after it the faults that strike once Amazon acted (a late answer, a lost
/// connection). Every answer carries a request id; answers past the rate limit carry its rate.
/// </summary>
public sealed class SpApiOperationFilter(
    AccessCheck accessCheck,
    RateLimiter rateLimiter,
    UsagePlans usagePlans,
    FaultInjector faults,
    SandboxExamples sandbox,
    RequestCounters counters,
    TimeProvider clock) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var operation = http.GetEndpoint()?.Metadata.GetMetadata<SpApiOperation>()
            ?? throw new InvalidOperationException($"{http.Request.Path} is not marked as an SP-API operation.");
        var operationId = operation.OperationId;
        http.Response.Headers[AmazonHeaders.RequestId] = Guid.NewGuid().ToString();

        var decision = accessCheck.Decide(
            http.Request.Headers[AmazonHeaders.AccessToken], operation, http.Request.Method, http.Request.Path);
        if (decision is AccessDecision.Denied denied)
        {
            counters.Count(operationId, RequestOutcome.Unauthorized);
            return SpApiResults.Unauthorized(denied.Details);
        }

        var caller = ((AccessDecision.Allowed)decision).Caller;
        if (!rateLimiter.TryAcquire(caller.SellerId, operationId))
        {
            counters.Count(operationId, RequestOutcome.Throttled);
            return SpApiResults.QuotaExceeded();
        }

        var fault = faults.TakeNext(operationId);
        if (fault is { Kind: not (FaultKind.Delay or FaultKind.LateAnswer or FaultKind.ConnectionLost) })
        {
            counters.Count(operationId, RequestOutcome.Faulted);
            return Injected(fault.Kind);
        }

        if (fault is { Kind: FaultKind.Delay })
        {
            counters.CountDelay(operationId);
            await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMilliseconds), clock, http.RequestAborted);
        }

        http.Response.Headers[AmazonHeaders.RateLimitLimit] = usagePlans[operationId].RateLimitHeader;
        http.Features.Set(caller);
        counters.Count(operationId, RequestOutcome.Accepted);
        var answer = sandbox.Match(operationId, await SandboxRequest.FromAsync(http)) is { } example
            ? sandbox.Answer(example)
            : await next(context);
        return fault is { Kind: FaultKind.LateAnswer or FaultKind.ConnectionLost }
            ? await AfterActingAsync(fault, operationId, answer, http)
            : answer;
    }

    /// <summary>Amazon acted on the request; the answer comes too late, or never.</summary>
    private async Task<object?> AfterActingAsync(ArmedFault fault, string operationId, object? answer, HttpContext http)
    {
        if (fault.Kind == FaultKind.ConnectionLost)
        {
            http.Abort();
            return Results.Empty;
        }

        counters.CountDelay(operationId);
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMilliseconds), clock, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client gave up waiting: there is no one left to answer.
            return Results.Empty;
        }

        return answer;
    }

    public const string RejectedMessage = "The request was rejected: the carrier and tracking number could not be verified.";

    private static IResult Injected(FaultKind kind) => kind switch
    {
        FaultKind.Throttle => SpApiResults.QuotaExceeded(),
        FaultKind.InternalError => SpApiResults.InternalFailure(),
        FaultKind.Malformed => SpApiResults.Malformed(),
        FaultKind.Rejected => SpApiResults.InvalidInput(RejectedMessage, "Injected by the simulator's fault API."),
        _ => SpApiResults.ServiceUnavailable(),
    };
}
