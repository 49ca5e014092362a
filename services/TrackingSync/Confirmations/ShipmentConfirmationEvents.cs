namespace Fulfillment.TrackingSync.Confirmations;

// The life of one shipment's confirmation to Amazon; the stream key is the shipment id.

/// <summary>CommerceOrder shipped (<c>ShipmentCreated</c>): every package is to be confirmed to Amazon.</summary>
public sealed record ConfirmationRequested(
    string ShipmentId,
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    string CommerceOrderNumber,
    IReadOnlyList<RequestedPackage> Packages,
    DateTimeOffset ShippedAt,
    DateTimeOffset RequestedAt);

public sealed record RequestedPackage(
    string PackageReferenceId,
    string CarrierCode,
    string CarrierTitle,
    string TrackingNumber,
    IReadOnlyList<RequestedItem> Items);

public sealed record RequestedItem(string AmazonOrderItemId, int Quantity);

/// <summary>Nothing may be sent for the store now (S7, S8, or a store not heard of yet); sending waits.</summary>
public sealed record ConfirmationHeld(string ShipmentId, HoldReason Reason, DateTimeOffset HeldAt);

public sealed record ConfirmationReleased(string ShipmentId, DateTimeOffset ReleasedAt);

/// <summary>
/// Recorded before the call leaves: a <see cref="PackageSent"/> without an outcome after it (a crash, a lost
/// answer) means Amazon may have the package, so Amazon's view of the order is read before the next attempt, and
/// that attempt counts "already confirmed" as success.
/// </summary>
public sealed record PackageSent(string ShipmentId, string PackageReferenceId, int Attempt, DateTimeOffset SentAt);

/// <param name="AlreadyConfirmed">Amazon had recorded the package already (an earlier attempt whose answer was lost).</param>
/// <param name="SeenInAmazonsOrder">
/// Learnt from Amazon's view of the order (its shipped quantities) before sending again, instead of from an answer.
/// </param>
public sealed record PackageAccepted(
    string ShipmentId,
    string PackageReferenceId,
    int Attempt,
    bool AlreadyConfirmed,
    DateTimeOffset AcceptedAt,
    bool SeenInAmazonsOrder = false);

/// <summary>Amazon refused the package for good (T4); it waits for an operator's retry.</summary>
public sealed record PackageRejected(
    string ShipmentId,
    string AmazonOrderId,
    string StoreId,
    string PackageReferenceId,
    string TrackingNumber,
    int Attempt,
    string AmazonErrorCode,
    string AmazonMessage,
    DateTimeOffset RejectedAt);

/// <summary>
/// The attempt ended without Amazon's verdict: throttled or failing through every retry of the client, or no
/// answer at all (<paramref name="OutcomeUnknown"/>). The package is sent again from <paramref name="RetryAt"/>.
/// </summary>
public sealed record PackageSendFailed(
    string ShipmentId,
    string PackageReferenceId,
    int Attempt,
    string Problem,
    bool OutcomeUnknown,
    DateTimeOffset RetryAt,
    DateTimeOffset FailedAt);

/// <summary>Amazon accepted every package of the shipment.</summary>
public sealed record ConfirmationCompleted(
    string ShipmentId,
    string AmazonOrderId,
    string StoreId,
    IReadOnlyList<string> TrackingNumbers,
    DateTimeOffset ConfirmedAt);

/// <summary>An operator asked for the rejected packages to be sent again (T4, O5).</summary>
public sealed record ConfirmationRetryRequested(
    string ShipmentId, IReadOnlyList<string> PackageReferenceIds, DateTimeOffset RequestedAt);

public enum HoldReason
{
    /// <summary>No <c>AmazonStoreChanged</c> for the store has arrived yet.</summary>
    StoreUnknown,

    /// <summary>S7: an inactive store makes no outgoing call.</summary>
    StoreInactive,

    /// <summary>S8: outgoing calls are recorded but held until the mode is turned off.</summary>
    ReadOnlyMode,
}
