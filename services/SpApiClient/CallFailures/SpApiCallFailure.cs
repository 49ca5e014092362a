namespace Fulfillment.SpApiClient.CallFailures;

/// <summary>
/// One SP-API attempt that did not get a usable answer, as an operator needs to see it (O4): which store, which
/// operation, what Amazon said. Never a token, a secret or a request body.
/// </summary>
/// <param name="HttpStatus">Amazon's HTTP status; null when no answer came (timeout, connection refused or lost).</param>
/// <param name="AmazonCode">Amazon's error code (<c>QuotaExceeded</c>, <c>InvalidInput</c>, LWA's <c>invalid_client</c>, ...),
/// or the client's own when Amazon gave none (<c>NoAnswer</c>, <c>MalformedResponse</c>).</param>
/// <param name="WillRetry">True when the client tries again on its own; false when the call failed for good.</param>
public sealed record SpApiCallFailure(
    string? StoreId,
    string SellerId,
    string MarketplaceId,
    string Operation,
    int? HttpStatus,
    string AmazonCode,
    string Message,
    int Attempt,
    bool WillRetry,
    DateTimeOffset At);

/// <summary>Where the SP-API client reports each failed attempt; a service keeps them for its operators.</summary>
public interface ISpApiCallFailureRecorder
{
    Task RecordAsync(SpApiCallFailure failure, CancellationToken cancellationToken);
}

/// <summary>The recorder of a host that keeps no record (tests, tools): the failure is logged by the transport only.</summary>
public sealed class UnrecordedSpApiCallFailures : ISpApiCallFailureRecorder
{
    public Task RecordAsync(SpApiCallFailure failure, CancellationToken cancellationToken) => Task.CompletedTask;
}
