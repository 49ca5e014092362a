namespace Fulfillment.TrackingSync.Confirmations;

/// <summary>
/// One shipment's confirmation to Amazon, package by package. Kept as an inline snapshot, which is also the document
/// the sender and the HTTP API query (by status, by Amazon order).
/// </summary>
/// <param name="Id">The stream key, <see cref="ConfirmationKey"/>: the Amazon order and the shipment.</param>
/// <param name="ShipmentId">Commerce's shipment id, unique within the Amazon order only.</param>
public sealed partial record ShipmentConfirmation(
    string Id,
    string ShipmentId,
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    string CommerceOrderNumber,
    DateTimeOffset ShippedAt,
    IReadOnlyList<PackageConfirmation> Packages,
    ConfirmationStatus Status,
    HoldReason? HoldReason,
    DateTimeOffset RequestedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset UpdatedAt)
{
    public PackageConfirmation? PackageOf(string packageReferenceId) =>
        Packages.FirstOrDefault(package => package.PackageReferenceId == packageReferenceId);

    public static ShipmentConfirmation Create(ConfirmationRequested requested) => new(
        ConfirmationKey.Of(requested.AmazonOrderId, requested.ShipmentId),
        requested.ShipmentId,
        requested.AmazonOrderId,
        requested.StoreId,
        requested.MarketplaceId,
        requested.CommerceOrderNumber,
        requested.ShippedAt,
        [.. requested.Packages.Select(package => new PackageConfirmation(
            package.PackageReferenceId, package.CarrierCode, package.CarrierTitle, package.TrackingNumber,
            package.Items, PackageState.Pending, 0, null, null))],
        ConfirmationStatus.Pending,
        null,
        requested.RequestedAt,
        null,
        requested.RequestedAt);

    public ShipmentConfirmation Apply(ConfirmationHeld held) =>
        this with { HoldReason = held.Reason, Status = ConfirmationStatus.Held, UpdatedAt = held.HeldAt };

    public ShipmentConfirmation Apply(ConfirmationReleased released) =>
        this with { HoldReason = null, Status = ConfirmationStatus.Pending, UpdatedAt = released.ReleasedAt };

    public ShipmentConfirmation Apply(PackageSent sent) => WithPackage(sent.PackageReferenceId, sent.SentAt,
        package => package with { State = PackageState.Sent, Attempts = sent.Attempt, RetryAt = null });

    public ShipmentConfirmation Apply(PackageAccepted accepted) => WithPackage(accepted.PackageReferenceId, accepted.AcceptedAt,
        package => package with
        {
            State = PackageState.Accepted,
            LastAnswer = new AmazonAnswer(
                accepted.SeenInAmazonsOrder ? AmazonAnswer.SeenInAmazonsOrder
                : accepted.AlreadyConfirmed ? AmazonAnswer.AlreadyConfirmed
                : AmazonAnswer.Accepted,
                null,
                null,
                accepted.AcceptedAt),
        });

    public ShipmentConfirmation Apply(PackageRejected rejected) => WithPackage(rejected.PackageReferenceId, rejected.RejectedAt,
        package => package with
        {
            State = PackageState.Rejected,
            LastAnswer = new AmazonAnswer(
                AmazonAnswer.Rejected, rejected.AmazonErrorCode, rejected.AmazonMessage, rejected.RejectedAt),
        });

    public ShipmentConfirmation Apply(PackageSendFailed failed) => WithPackage(failed.PackageReferenceId, failed.FailedAt,
        package => package with
        {
            State = failed.OutcomeUnknown ? PackageState.Sent : PackageState.Pending,
            RetryAt = failed.RetryAt,
            LastAnswer = new AmazonAnswer(
                failed.OutcomeUnknown ? AmazonAnswer.NoAnswer : AmazonAnswer.Unavailable, null, failed.Problem, failed.FailedAt),
        });

    public ShipmentConfirmation Apply(ConfirmationCompleted completed) => this with
    {
        Status = ConfirmationStatus.Confirmed,
        ConfirmedAt = completed.ConfirmedAt,
        UpdatedAt = completed.ConfirmedAt,
    };

    public ShipmentConfirmation Apply(ConfirmationRetryRequested retry)
    {
        var again = this;
        foreach (var reference in retry.PackageReferenceIds)
        {
            again = again.WithPackage(reference, retry.RequestedAt,
                package => package with { State = PackageState.Pending, RetryAt = null });
        }

        return again;
    }

    /// <summary>The same state changes as Marten's projection makes, for deciders that act on their own events.</summary>
    public ShipmentConfirmation After(object @event) => @event switch
    {
        ConfirmationHeld held => Apply(held),
        ConfirmationReleased released => Apply(released),
        PackageSent sent => Apply(sent),
        PackageAccepted accepted => Apply(accepted),
        PackageRejected rejected => Apply(rejected),
        PackageSendFailed failed => Apply(failed),
        ConfirmationCompleted completed => Apply(completed),
        ConfirmationRetryRequested retry => Apply(retry),
        _ => this,
    };

    private ShipmentConfirmation WithPackage(
        string packageReferenceId, DateTimeOffset at, Func<PackageConfirmation, PackageConfirmation> change)
    {
        var packages = Packages
            .Select(package => package.PackageReferenceId == packageReferenceId ? change(package) : package)
            .ToList();
        return this with { Packages = packages, Status = StatusOf(packages, HoldReason, Status), UpdatedAt = at };
    }

    private static ConfirmationStatus StatusOf(
        IReadOnlyList<PackageConfirmation> packages, HoldReason? holdReason, ConfirmationStatus current) =>
        current == ConfirmationStatus.Confirmed ? current
        : packages.All(package => package.State is PackageState.Accepted or PackageState.Rejected)
            && packages.Any(package => package.State == PackageState.Rejected) ? ConfirmationStatus.Failed
        : holdReason is not null ? ConfirmationStatus.Held
        : ConfirmationStatus.Pending;
}

/// <summary>
/// Open confirmations (<see cref="Pending"/>, <see cref="Held"/>) have packages to send; <see cref="Failed"/> ones wait
/// for an operator.
/// </summary>
public enum ConfirmationStatus
{
    Pending,
    Held,
    Confirmed,
    Failed,
}

/// <summary><see cref="Sent"/>: the last attempt has no verdict yet (in flight, or its answer was lost).</summary>
public enum PackageState
{
    Pending,
    Sent,
    Accepted,
    Rejected,
}

/// <param name="Attempts">confirmShipment calls made for the package so far.</param>
/// <param name="RetryAt">Not sent again before this time (after Amazon was unavailable).</param>
public sealed record PackageConfirmation(
    string PackageReferenceId,
    string CarrierCode,
    string CarrierTitle,
    string TrackingNumber,
    IReadOnlyList<RequestedItem> Items,
    PackageState State,
    int Attempts,
    AmazonAnswer? LastAnswer,
    DateTimeOffset? RetryAt)
{
    public bool IsDue(DateTimeOffset now) =>
        State is PackageState.Pending or PackageState.Sent && (RetryAt is null || RetryAt <= now);
}

/// <summary>Amazon's last answer to a package: what it said (<see cref="Outcome"/>), its error code and message.</summary>
public sealed record AmazonAnswer(string Outcome, string? Code, string? Message, DateTimeOffset At)
{
    public const string Accepted = "Accepted";
    public const string AlreadyConfirmed = "AlreadyConfirmed";

    /// <summary>The answer was lost, and Amazon's shipped quantities showed the package recorded (T3).</summary>
    public const string SeenInAmazonsOrder = "SeenInAmazonsOrder";
    public const string Rejected = "Rejected";
    public const string Unavailable = "Unavailable";
    public const string NoAnswer = "NoAnswer";
}
