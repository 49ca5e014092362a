using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;

/// <summary>A feed of the cancel's type that Amazon lists as created since the open attempt began.</summary>
public sealed record FeedAtAmazon(string FeedId, string? ProcessingStatus, bool IsFinished);

/// <summary>What to do with a cancel whose last attempt began (recorded) but whose feed id was never recorded.</summary>
public abstract record SellerCancellationRecovery
{
    private SellerCancellationRecovery()
    {
    }

    /// <summary>Amazon shows the order canceled: the feed of the attempt whose answer was lost did it.</summary>
    public sealed record CanceledAtAmazon : SellerCancellationRecovery;

    /// <summary>Amazon is still processing a feed that may be the attempt's: look again later, send nothing.</summary>
    public sealed record WaitForAmazon(string FeedId) : SellerCancellationRecovery;

    /// <summary>Nothing Amazon has can be the attempt's feed: send the cancel (again).</summary>
    public sealed record SubmitAgain : SellerCancellationRecovery;

    /// <summary>
    /// Amazon's feeds do not say which document or order they carry, so the attempt is traced through what Amazon
    /// shows: the order canceled means the cancel arrived; a feed of the type created since the attempt began and not
    /// yet processed may be it, so nothing is sent until Amazon finished it; otherwise nothing of the attempt reached
    /// Amazon (or it was processed without canceling the order, and a new feed gets Amazon's verdict again).
    /// </summary>
    public static SellerCancellationRecovery Decide(AmazonOrderStatus? statusAtAmazon, IReadOnlyList<FeedAtAmazon> feedsSinceAttempt)
    {
        if (statusAtAmazon == AmazonOrderStatus.Canceled)
        {
            return new CanceledAtAmazon();
        }

        return feedsSinceAttempt.FirstOrDefault(feed => !feed.IsFinished) is { } unfinished
            ? new WaitForAmazon(unfinished.FeedId)
            : new SubmitAgain();
    }
}
