using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;

public sealed record RecordCancellationSubmissionStarted(Guid CancellationId, string FeedDocumentId, DateTimeOffset Now);

public sealed record RecordCancellationSubmitted(Guid CancellationId, string FeedId, DateTimeOffset Now, int SettingsVersion);

public sealed record RecordCancellationConfirmed(Guid CancellationId, DateTimeOffset Now);

/// <summary>Amazon shows the order canceled while the attempt's feed id was never recorded (its answer was lost).</summary>
public sealed record RecordCancellationSeenAtAmazon(Guid CancellationId, DateTimeOffset Now);

public sealed record RecordCancellationRejected(Guid CancellationId, string AmazonMessage, DateTimeOffset Now);

/// <summary>
/// The cancel's way through Amazon as the order's stream tells it. A step repeated (after a restart, or by a second
/// replica) finds the cancel moved on already and records nothing more.
/// </summary>
public static class SellerCancellationDecider
{
    /// <summary>An attempt begins only while no feed id is known: one with a feed id is followed, never sent again.</summary>
    public static IReadOnlyList<object> Decide(AmazonOrder order, RecordCancellationSubmissionStarted command) =>
        Current(order, command.CancellationId) is { Status: SellerCancellationStatus.Requested, FeedId: null } progress
            ? [new SellerCancellationSubmissionStarted(
                order.Id, command.CancellationId, progress.SubmissionAttempts + 1, command.FeedDocumentId, command.Now)]
            : [];

    public static IReadOnlyList<object> Decide(AmazonOrder order, RecordCancellationSubmitted command) =>
        Current(order, command.CancellationId) is { Status: SellerCancellationStatus.Requested }
            ? [new SellerCancellationSubmitted(order.Id, command.CancellationId, command.FeedId, command.Now, command.SettingsVersion)]
            : [];

    public static IReadOnlyList<object> Decide(AmazonOrder order, RecordCancellationConfirmed command) =>
        Current(order, command.CancellationId) is { Status: SellerCancellationStatus.Submitted, FeedId: { } feedId }
            ? [new SellerCancellationConfirmed(order.Id, command.CancellationId, feedId, command.Now)]
            : [];

    public static IReadOnlyList<object> Decide(AmazonOrder order, RecordCancellationSeenAtAmazon command) =>
        Current(order, command.CancellationId) is { Status: SellerCancellationStatus.Requested, HasOpenAttempt: true }
            ? [new SellerCancellationConfirmed(order.Id, command.CancellationId, FeedId: null, command.Now)]
            : [];

    public static IReadOnlyList<object> Decide(AmazonOrder order, RecordCancellationRejected command) =>
        Current(order, command.CancellationId) is { IsOpen: true } open
            ? [new SellerCancellationRejected(order.Id, command.CancellationId, open.FeedId, command.AmazonMessage, command.Now)]
            : [];

    private static SellerCancellationProgress? Current(AmazonOrder order, Guid cancellationId) =>
        order.SellerCancellation is { } progress && progress.CancellationId == cancellationId ? progress : null;
}
