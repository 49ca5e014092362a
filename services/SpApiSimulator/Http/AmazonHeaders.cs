namespace Fulfillment.SpApiSimulator.Http;

public static class AmazonHeaders
{
    /// <summary>The LWA access token or Restricted Data Token of a selling-partner call.</summary>
    public const string AccessToken = "x-amz-access-token";

    /// <summary>The rate of the operation's usage plan; Amazon leaves it off throttled (429) and failed (5xx) answers.</summary>
    public const string RateLimitLimit = "x-amzn-RateLimit-Limit";

    public const string RequestId = "x-amzn-RequestId";
}
