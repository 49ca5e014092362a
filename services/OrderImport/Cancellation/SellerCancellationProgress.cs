namespace Fulfillment.OrderImport.Cancellation;

public enum SellerCancellationStatus
{
    Requested,
    Submitted,
    Confirmed,
    Rejected,
}

/// <summary>The order's latest seller cancel, as the order's stream tells it.</summary>
/// <param name="SubmissionAttempts">Attempts to send the cancel begun so far.</param>
/// <param name="AttemptStartedAt">When the last attempt began.</param>
public sealed record SellerCancellationProgress(
    Guid CancellationId, string ReasonCode, SellerCancellationStatus Status, string? FeedId, string? AmazonMessage,
    int SubmissionAttempts = 0, DateTimeOffset? AttemptStartedAt = null)
{
    /// <summary>An attempt began and its feed id was never recorded: Amazon may or may not have the feed.</summary>
    public bool HasOpenAttempt => Status == SellerCancellationStatus.Requested && FeedId is null && AttemptStartedAt is not null;

    /// <summary>Still to be sent, or sent and not yet answered by Amazon's processing report.</summary>
    public bool IsOpen => Status is SellerCancellationStatus.Requested or SellerCancellationStatus.Submitted;

    public static SellerCancellationProgress Create(SellerCancellationRequested requested) =>
        new(requested.CancellationId, requested.ReasonCode, SellerCancellationStatus.Requested, FeedId: null, AmazonMessage: null);

    public SellerCancellationProgress Apply(SellerCancellationSubmissionStarted started) => started.CancellationId == CancellationId
        ? this with { SubmissionAttempts = started.Attempt, AttemptStartedAt = started.StartedAt }
        : this;

    public SellerCancellationProgress Apply(SellerCancellationSubmitted submitted) =>
        submitted.CancellationId == CancellationId ? this with { Status = SellerCancellationStatus.Submitted, FeedId = submitted.FeedId } : this;

    public SellerCancellationProgress Apply(SellerCancellationConfirmed confirmed) =>
        confirmed.CancellationId == CancellationId ? this with { Status = SellerCancellationStatus.Confirmed } : this;

    public SellerCancellationProgress Apply(SellerCancellationRejected rejected) => rejected.CancellationId == CancellationId
        ? this with { Status = SellerCancellationStatus.Rejected, FeedId = rejected.FeedId ?? FeedId, AmazonMessage = rejected.AmazonMessage }
        : this;
}
