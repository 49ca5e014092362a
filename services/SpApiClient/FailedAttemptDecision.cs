using System.Net;

namespace Fulfillment.SpApiClient;

/// <summary>What the client does after Amazon answered an attempt with an error status.</summary>
public enum AfterFailedAttempt
{
    /// <summary>Amazon refused for good (bad input, no access, unknown order): retrying cannot help.</summary>
    GiveUp,

    /// <summary>Throttled (429) or failing (5xx): Amazon did not act; try again after a backoff.</summary>
    RetryAfterBackoff,

    /// <summary>
    /// A first 403: the token (access token, or Restricted Data Token and the access token it was made with) may
    /// have expired by Amazon's clock while the client still thought it fresh; drop it and try once more at once.
    /// </summary>
    RetryWithNewToken,
}

/// <summary>The client's retry rules for an error answer, as one pure function.</summary>
public static class FailedAttemptDecision
{
    /// <param name="attempt">1 for the first attempt; how many attempts are allowed is the caller's to count.</param>
    public static AfterFailedAttempt Decide(HttpStatusCode status, int attempt) =>
        status switch
        {
            HttpStatusCode.TooManyRequests => AfterFailedAttempt.RetryAfterBackoff,
            _ when (int)status >= 500 => AfterFailedAttempt.RetryAfterBackoff,
            // A second 403 with a token just issued is a real refusal (no role, revoked authorisation).
            HttpStatusCode.Forbidden when attempt == 1 => AfterFailedAttempt.RetryWithNewToken,
            _ => AfterFailedAttempt.GiveUp,
        };
}
