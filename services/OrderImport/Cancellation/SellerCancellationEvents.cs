namespace Fulfillment.OrderImport.Cancellation;

// The seller's cancel of an order, on the order's stream: asked by an operator, sent to Amazon as an order
// acknowledgement feed, then confirmed or refused by Amazon's processing report. The order itself becomes Canceled
// only when Amazon says so, through the normal poll.

/// <summary>An operator asked to cancel the order with one of Amazon's reason codes.</summary>
/// <param name="RequestedBy">Who asked, as the operator's tool or key names them.</param>
/// <param name="SettingsVersion">The store's settings version the request was accepted under.</param>
public sealed record SellerCancellationRequested(
    string AmazonOrderId,
    string StoreId,
    Guid CancellationId,
    string ReasonCode,
    string? RequestedBy,
    DateTimeOffset RequestedAt,
    int SettingsVersion);

/// <summary>
/// Attempt <see cref="Attempt"/> to send the cancel began: its document <see cref="FeedDocumentId"/> is uploaded and
/// the feed is about to be created. Recorded before Amazon can act, so that an attempt without a recorded feed id is
/// looked up at Amazon before the cancel is sent again.
/// </summary>
public sealed record SellerCancellationSubmissionStarted(
    string AmazonOrderId, Guid CancellationId, int Attempt, string FeedDocumentId, DateTimeOffset StartedAt);

/// <summary>The order acknowledgement feed carrying the cancel reached Amazon as feed <see cref="FeedId"/>.</summary>
public sealed record SellerCancellationSubmitted(
    string AmazonOrderId, Guid CancellationId, string FeedId, DateTimeOffset SubmittedAt, int SettingsVersion);

/// <summary>
/// Amazon processed the feed without an error: the order is canceled at Amazon. <see cref="FeedId"/> is null when the
/// answer to the feed's creation was lost and Amazon's order showed the cancel done.
/// </summary>
public sealed record SellerCancellationConfirmed(
    string AmazonOrderId, Guid CancellationId, string? FeedId, DateTimeOffset ConfirmedAt);

/// <summary>Amazon refused the cancel (in its answer or its processing report), with Amazon's message.</summary>
public sealed record SellerCancellationRejected(
    string AmazonOrderId, Guid CancellationId, string? FeedId, string AmazonMessage, DateTimeOffset RejectedAt);
