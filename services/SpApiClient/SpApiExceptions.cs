namespace Fulfillment.SpApiClient;

/// <summary>Amazon refused the request for good (bad input, no access, unknown order): retrying cannot help.</summary>
public sealed class SpApiRequestRejectedException(string operation, int statusCode, string code, string message)
    : Exception($"{operation} was rejected by Amazon ({statusCode} {code}): {message}")
{
    public string Operation { get; } = operation;
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;
    public string AmazonMessage { get; } = message;
}

/// <summary>
/// A store names an SP-API endpoint that is neither Amazon's nor allowed by the deployment (X5): nothing, and so no
/// token, is sent there.
/// </summary>
public sealed class SpApiEndpointNotAllowedException(string operation, Uri endpoint)
    : Exception($"{operation} was not sent: {endpoint.GetLeftPart(UriPartial.Authority)} is not one of Amazon's SP-API hosts " +
        "nor an endpoint this deployment allows (SpApi__AllowedEndpoints)")
{
    public string Operation { get; } = operation;
}

/// <summary>Amazon stayed throttled or unavailable through every attempt; the next poll tries again.</summary>
public sealed class SpApiUnavailableException(string operation, int attempts, string lastProblem)
    : Exception($"{operation} still failed after {attempts} attempts: {lastProblem}")
{
    public string Operation { get; } = operation;
}

/// <summary>Login With Amazon refused the store's credentials (wrong client secret, revoked refresh token).</summary>
public sealed class LwaAuthorizationException(string credentialsName, string error, string? description)
    : Exception($"Login With Amazon refused credentials '{credentialsName}': {error} {description}".TrimEnd())
{
    public string Error { get; } = error;
}

/// <summary>
/// The request may have reached Amazon but its answer did not come back (a timeout, a connection lost): whether
/// Amazon acted on it is unknown until its view is checked.
/// </summary>
public sealed class SpApiOutcomeUnknownException(string operation, string problem)
    : Exception($"{operation} got no answer ({problem}); Amazon may or may not have acted on it")
{
    public string Operation { get; } = operation;
}
