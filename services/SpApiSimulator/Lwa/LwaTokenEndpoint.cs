using System.Security.Cryptography;
using System.Text;
using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Configuration;
using Fulfillment.SpApiSimulator.Faults;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiSimulator.Lwa;

/// <summary>
/// Login With Amazon's token endpoint (<c>https://api.amazon.com/auth/o2/token</c>), refresh-token grant only: the
/// client is checked first (401 <c>invalid_client</c>), then the seller's refresh token (400 <c>invalid_grant</c>).
/// A fault armed on <see cref="OperationId"/> strikes before both (see <see cref="LwaFaults"/>).
/// </summary>
public static class LwaTokenEndpoint
{
    public const string OperationId = "lwaToken";

    public static WebApplication MapLwaTokenEndpoint(this WebApplication app)
    {
        // Login With Amazon itself: callers prove who they are with their client secret and refresh token.
        app.MapPost("/auth/o2/token", HandleAsync).WithTags("Login With Amazon").AllowAnonymous();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, IOptions<SpApiSimulatorOptions> options, IssuedTokens tokens, RequestCounters counters,
        FaultInjector faults, TimeProvider clock)
    {
        // Tokens must not be cached by anything between the client and LWA.
        http.Response.Headers.CacheControl = "no-store";
        var request = await LwaTokenRequest.ReadAsync(http.Request);
        var fault = faults.TakeNext(OperationId, namedOnly: true);
        if (fault is not null && LwaFaults.Instead(fault) is { } injected)
        {
            counters.Count(OperationId, RequestOutcome.Faulted);
            return injected;
        }

        if (fault is { Kind: FaultKind.Delay })
        {
            counters.CountDelay(OperationId);
            await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMilliseconds), clock, http.RequestAborted);
        }

        var (sellerId, error) = Authenticate(request, options.Value);
        if (sellerId is null)
        {
            counters.Count(OperationId, RequestOutcome.Unauthorized);
            return error!;
        }

        counters.Count(OperationId, RequestOutcome.Accepted);
        var answer = TypedResults.Json(
            new LwaTokenResponse(
                tokens.IssueAccessToken(sellerId), request!.RefreshToken!, "bearer", (int)tokens.AccessTokenLifetime.TotalSeconds),
            SpApiJson.Options);
        return fault is { Kind: FaultKind.LateAnswer or FaultKind.ConnectionLost }
            ? await LwaFaults.AfterIssuingAsync(fault, answer, http, counters, clock)
            : answer;
    }

    private static (string? SellerId, JsonHttpResult<LwaError>? Error) Authenticate(LwaTokenRequest? request, SpApiSimulatorOptions options)
    {
        if (request is null || string.IsNullOrEmpty(request.GrantType))
        {
            return Refused(400, "invalid_request", "The request is missing a required parameter : grant_type");
        }

        if (request.GrantType != "refresh_token")
        {
            return Refused(400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server");
        }

        if (!options.Lwa.IsConfigured
            || !SameSecret(request.ClientId, options.Lwa.ClientId)
            || !SameSecret(request.ClientSecret, options.Lwa.ClientSecret))
        {
            return Refused(401, "invalid_client", "Client authentication failed");
        }

        if (string.IsNullOrEmpty(request.RefreshToken))
        {
            return Refused(400, "invalid_request", "The request is missing a required parameter : refresh_token");
        }

        var seller = options.Sellers.FirstOrDefault(candidate => SameSecret(request.RefreshToken, candidate.RefreshToken));
        return seller is null
            ? Refused(400, "invalid_grant", "The request has an invalid grant parameter : refresh_token")
            : (seller.SellerId, null);
    }

    // Compared in constant time, so that the answer's timing tells nothing about a secret.
    private static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static (string?, JsonHttpResult<LwaError>?) Refused(int statusCode, string error, string description) =>
        (null, TypedResults.Json(new LwaError(description, error), SpApiJson.Options, statusCode: statusCode));
}
