namespace Fulfillment.OrderImport.Cancellation;

public enum SellerCancellationStatus
{
    Requested,
    Submitted,
    Confirmed,
    Rejected,
}

/// <summary>The order's latest seller cancel, as the order's stream tells it.</summary>
public sealed record SellerCancellationProgress(
    Guid CancellationId, string ReasonCode, SellerCancellationStatus Status, string? FeedId, string? AmazonMessage)
{
    /// <summary>Still to be sent, or sent and not yet answered by Amazon's processing report.</summary>
    public bool IsOpen => Status is SellerCancellationStatus.Requested or SellerCancellationStatus.Submitted;

    public static SellerCancellationProgress Create(SellerCancellationRequested requested) =>
        new(requested.CancellationId, requested.ReasonCode, SellerCancellationStatus.Requested, FeedId: null, AmazonMessage: null);

    public SellerCancellationProgress Apply(SellerCancellationSubmitted submitted) =>
        submitted.CancellationId == CancellationId ? this with { Status = SellerCancellationStatus.Submitted, FeedId = submitted.FeedId } : this;

    public SellerCancellationProgress Apply(SellerCancellationConfirmed confirmed) =>
        confirmed.CancellationId == CancellationId ? this with { Status = SellerCancellationStatus.Confirmed } : this;

    public SellerCancellationProgress Apply(SellerCancellationRejected rejected) => rejected.CancellationId == CancellationId
        ? this with { Status = SellerCancellationStatus.Rejected, FeedId = rejected.FeedId ?? FeedId, AmazonMessage = rejected.AmazonMessage }
        : this;
}
