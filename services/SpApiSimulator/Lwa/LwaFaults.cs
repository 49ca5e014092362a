using Fulfillment.SpApiSimulator.Faults;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Pipeline;

namespace Fulfillment.SpApiSimulator.Lwa;

/// <summary>
/// The simulator's faults (<see cref="FaultKind"/>) on Login With Amazon's token endpoint, armed on
/// <c>lwaToken</c> by name: LWA fails as the SP-API does (throttled, down, an answer cut short), with LWA's OAuth
/// error shape, or issues the token and then answers late or never.
/// </summary>
public static class LwaFaults
{
    /// <summary>The answer of a fault that strikes instead of issuing a token, or null for one that strikes after.</summary>
    public static IResult? Instead(ArmedFault fault) => fault.Kind switch
    {
        FaultKind.Throttle => Error(StatusCodes.Status429TooManyRequests, "slow_down", "The request was throttled."),
        FaultKind.InternalError => Error(StatusCodes.Status500InternalServerError, "server_error", "An internal error occurred."),
        FaultKind.ServiceUnavailable => Error(
            StatusCodes.Status503ServiceUnavailable, "temporarily_unavailable", "The service is temporarily unavailable."),
        FaultKind.Malformed => SpApiResults.Malformed(),
        FaultKind.Rejected => Error(StatusCodes.Status400BadRequest, "invalid_request", "The request was rejected."),
        _ => null,
    };

    /// <summary>A token already issued: its answer leaves late (<see cref="FaultKind.LateAnswer"/>) or never.</summary>
    public static async Task<IResult> AfterIssuingAsync(
        ArmedFault fault, IResult answer, HttpContext http, RequestCounters counters, TimeProvider clock)
    {
        if (fault.Kind == FaultKind.ConnectionLost)
        {
            http.Abort();
            return Results.Empty;
        }

        counters.CountDelay(LwaTokenEndpoint.OperationId);
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

    private static IResult Error(int statusCode, string error, string description) =>
        TypedResults.Json(new LwaError(description, error), SpApiJson.Options, statusCode: statusCode);
}
