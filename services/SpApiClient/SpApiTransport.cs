using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SpApiClient.CallFailures;
using Fulfillment.SpApiClient.Models;
using Fulfillment.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiClient;

/// <summary>
/// Sends one SP-API call the way Amazon wants it: within the operation's usage plan, with a fresh access token,
/// retrying throttling (429), server errors and timeouts with exponential backoff and full jitter, a first 403 once
/// with new tokens (see <see cref="FailedAttemptDecision"/>), and turning a permanent refusal into
/// <see cref="SpApiRequestRejectedException"/> with Amazon's code and message. Every attempt that fails is reported
/// to the service's <see cref="ISpApiCallFailureRecorder"/> (O4); every answer tells <see cref="AmazonClock"/> the time.
/// </summary>
public sealed class SpApiTransport(
    IHttpClientFactory httpClients,
    LwaAccessTokens accessTokens,
    SpApiRateLimits rateLimits,
    IOptions<SpApiOptions> options,
    TimeProvider clock,
    ISpApiCallFailureRecorder failures,
    AmazonClock amazonClock,
    ILogger<SpApiTransport> logger)
{
    public const string AccessTokenHeader = "x-amz-access-token";
    public const string RateLimitHeader = "x-amzn-RateLimit-Limit";

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromSeconds(30);

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <param name="restrictedDataToken">Used instead of the LWA access token for operations on personal data.</param>
    public Task<T> SendAsync<T>(
        AmazonStoreAccess store, string operation, HttpMethod method, string pathAndQuery, object? body,
        RestrictedDataTokenSource? restrictedDataToken, CancellationToken cancellationToken) =>
        SendCoreAsync(
            store, operation, method, pathAndQuery, body, restrictedDataToken, resendAfterTransportFailure: true,
            (response, token) => ReadAsync<T>(response, operation, token), cancellationToken);

    /// <summary>
    /// An operation that changes something at Amazon and answers with no body (<c>confirmShipment</c>: 204). A
    /// timeout or a connection lost once the request may have left is not re-sent here, since Amazon may have acted
    /// on it: <see cref="SpApiOutcomeUnknownException"/> lets the caller check Amazon's view first. Throttling and
    /// server errors, which Amazon answers without acting, are retried as for every operation.
    /// </summary>
    public Task SendCommandAsync(
        AmazonStoreAccess store, string operation, HttpMethod method, string pathAndQuery, object body,
        CancellationToken cancellationToken) =>
        SendCoreAsync<bool>(
            store, operation, method, pathAndQuery, body, null, resendAfterTransportFailure: false,
            (_, _) => Task.FromResult(true), cancellationToken);

    /// <summary>
    /// An operation that changes something at Amazon and answers with a body (<c>createFeed</c>): as
    /// <see cref="SendCommandAsync(AmazonStoreAccess, string, HttpMethod, string, object, CancellationToken)"/>, a
    /// request whose answer is lost is not re-sent here but ends in <see cref="SpApiOutcomeUnknownException"/>.
    /// </summary>
    public Task<T> SendCommandAsync<T>(
        AmazonStoreAccess store, string operation, HttpMethod method, string pathAndQuery, object body,
        CancellationToken cancellationToken) =>
        SendCoreAsync(
            store, operation, method, pathAndQuery, body, null, resendAfterTransportFailure: false,
            (response, token) => ReadAsync<T>(response, operation, token), cancellationToken);

    private async Task<T> SendCoreAsync<T>(
        AmazonStoreAccess store, string operation, HttpMethod method, string pathAndQuery, object? body,
        RestrictedDataTokenSource? restrictedDataToken, bool resendAfterTransportFailure,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (!AmazonEndpoints.Permits(store.Endpoint, options.Value.AllowedEndpoints))
        {
            throw new SpApiEndpointNotAllowedException(operation, store.Endpoint);
        }

        var bucket = rateLimits.For(store.SellerId, operation);
        var maxAttempts = Math.Max(1, options.Value.MaxAttempts);
        var lastProblem = "";
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            await bucket.TakeAsync(cancellationToken);
            var token = restrictedDataToken is not null
                ? await restrictedDataToken.Get(cancellationToken)
                : await AccessTokenAsync(store, operation, attempt, cancellationToken);

            using var request = new HttpRequestMessage(method, new Uri(store.Endpoint, pathAndQuery));
            request.Headers.Add(AccessTokenHeader, token);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), options: Json);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.RequestTimeout);
            HttpResponseMessage response;
            try
            {
                response = await httpClients.CreateClient(SpApiClientRegistration.HttpClientName).SendAsync(request, timeout.Token);
            }
            catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
            {
                FulfillmentMetrics.RecordSpApiCall(operation, "no_answer", store.StoreId);
                lastProblem = exception.Message;
                await ReportAsync(store, operation, null, "NoAnswer", lastProblem, attempt,
                    willRetry: resendAfterTransportFailure && attempt < maxAttempts);
                if (!resendAfterTransportFailure)
                {
                    throw new SpApiOutcomeUnknownException(operation, lastProblem);
                }

                await BackOffAsync(operation, attempt, lastProblem, cancellationToken);
                continue;
            }

            using (response)
            {
                if (response.Headers.Date is { } amazonDate)
                {
                    amazonClock.Observe(store.Endpoint, amazonDate);
                }

                FulfillmentMetrics.RecordSpApiCall(operation, OutcomeOf(response.StatusCode), store.StoreId);
                if (response.IsSuccessStatusCode)
                {
                    AdoptAmazonRate(response, bucket);
                    try
                    {
                        return await read(response, cancellationToken);
                    }
                    catch (SpApiRequestRejectedException unreadable)
                    {
                        await ReportAsync(store, operation, unreadable.StatusCode, unreadable.Code, unreadable.AmazonMessage,
                            attempt, willRetry: false);
                        throw;
                    }
                }

                var error = await ReadErrorAsync(response, cancellationToken);
                lastProblem = $"HTTP {(int)response.StatusCode} {error.Code}: {error.Message}";
                var next = FailedAttemptDecision.Decide(response.StatusCode, attempt);
                await ReportAsync(store, operation, (int)response.StatusCode, error.Code ?? "Unknown", error.Message ?? "",
                    attempt, willRetry: next != AfterFailedAttempt.GiveUp && attempt < maxAttempts);
                if (next == AfterFailedAttempt.GiveUp)
                {
                    throw new SpApiRequestRejectedException(
                        operation, (int)response.StatusCode, error.Code ?? "Unknown", error.Message ?? "");
                }

                if (next == AfterFailedAttempt.RetryWithNewToken)
                {
                    // Amazon's clock, not ours, says when a token expires. A Restricted Data Token is made with an
                    // access token, which may be just as stale: both are asked for again.
                    restrictedDataToken?.Forget(token);
                    accessTokens.Forget(store.CredentialsName);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    bucket.Drain();
                }

                await BackOffAsync(operation, attempt, lastProblem, cancellationToken);
            }
        }

        throw new SpApiUnavailableException(operation, maxAttempts, lastProblem);
    }

    private static string OutcomeOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => "throttled",
        _ when (int)status is >= 200 and < 300 => "success",
        _ => "error",
    };

    /// <summary>An LWA access token; Login With Amazon refusing the store's credentials is a failed call too.</summary>
    private async Task<string> AccessTokenAsync(
        AmazonStoreAccess store, string operation, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await accessTokens.GetAsync(store.CredentialsName, cancellationToken);
        }
        catch (LwaAuthorizationException refused)
        {
            await ReportAsync(store, operation, null, refused.Error, refused.Message, attempt, willRetry: false);
            throw;
        }
        catch (SpApiUnavailableException unavailable)
        {
            await ReportAsync(store, operation, null, "LwaUnavailable", unavailable.Message, attempt, willRetry: false);
            throw;
        }
    }

    /// <summary>A failure to record a failure must not change how the call itself ends: it is logged and dropped.</summary>
    private async Task ReportAsync(
        AmazonStoreAccess store, string operation, int? httpStatus, string code, string message, int attempt, bool willRetry)
    {
        try
        {
            await failures.RecordAsync(
                new SpApiCallFailure(store.StoreId, store.SellerId, store.MarketplaceId, operation, httpStatus, code, message,
                    attempt, willRetry, clock.GetUtcNow()),
                CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not record the failed SP-API {Operation} call of store {StoreId}",
                operation, store.StoreId);
        }
    }

    private static bool IsTransportFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private async Task BackOffAsync(string operation, int attempt, string problem, CancellationToken cancellationToken)
    {
        var ceiling = Math.Min(LongestBackoff.TotalMilliseconds, FirstBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1));
        var pause = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
        logger.LogWarning("SP-API {Operation} attempt {Attempt} failed ({Problem}); retrying in {Pause}",
            operation, attempt, problem, pause);
        await Task.Delay(pause, clock, cancellationToken);
    }

    private static void AdoptAmazonRate(HttpResponseMessage response, TokenBucket bucket)
    {
        if (response.Headers.TryGetValues(RateLimitHeader, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
        {
            bucket.AdjustRate(rate);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new SpApiRequestRejectedException(operation, (int)response.StatusCode, "EmptyResponse", "Amazon answered without a body.");
        }
        catch (JsonException exception)
        {
            throw new SpApiRequestRejectedException(
                operation, (int)response.StatusCode, "MalformedResponse", $"Amazon's answer is not valid JSON: {exception.Message}");
        }
    }

    private static async Task<Error> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<SpApiResponse<JsonElement>>(Json, cancellationToken);
            return body?.Errors?.FirstOrDefault() ?? new Error(null, response.ReasonPhrase, null);
        }
        catch (JsonException)
        {
            return new Error(null, response.ReasonPhrase, null);
        }
    }
}
