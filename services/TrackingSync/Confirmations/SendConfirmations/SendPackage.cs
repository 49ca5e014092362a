using Fulfillment.TrackingSync.Stores;

namespace Fulfillment.TrackingSync.Confirmations.SendConfirmations;

/// <summary>What came of one <c>confirmShipment</c> call.</summary>
public abstract record PackageOutcome
{
    private PackageOutcome()
    {
    }

    /// <param name="AlreadyConfirmed">Amazon had the package before this attempt.</param>
    /// <param name="SeenInAmazonsOrder">Not sent again: Amazon's shipped quantities showed it recorded (T3).</param>
    public sealed record Accepted(bool AlreadyConfirmed, bool SeenInAmazonsOrder = false) : PackageOutcome;

    public sealed record Rejected(string Code, string Message) : PackageOutcome;

    /// <param name="OutcomeUnknown">No answer came back: Amazon may have recorded the package.</param>
    public sealed record Failed(string Problem, bool OutcomeUnknown) : PackageOutcome;
}

public static class SendPackageDecider
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(10);

    /// <summary>Why nothing may be sent for the store now (S7, S8, not heard of), or null when it may.</summary>
    public static HoldReason? HoldReasonFor(AmazonStore? store) =>
        store is null ? HoldReason.StoreUnknown
        : !store.Active ? HoldReason.StoreInactive
        : store.ReadOnlyMode ? HoldReason.ReadOnlyMode
        : null;

    /// <summary>Records a new hold reason, or the end of the hold; nothing when the reason did not change.</summary>
    public static IReadOnlyList<object> Hold(ShipmentConfirmation confirmation, HoldReason? reason, DateTimeOffset now) =>
        reason == confirmation.HoldReason ? []
        : reason is { } holding ? [new ConfirmationHeld(confirmation.ShipmentId, holding, now)]
        : [new ConfirmationReleased(confirmation.ShipmentId, now)];

    public static IReadOnlyList<object> Start(ShipmentConfirmation confirmation, string packageReferenceId, DateTimeOffset now)
    {
        var package = confirmation.PackageOf(packageReferenceId)
            ?? throw new InvalidOperationException($"Shipment {confirmation.ShipmentId} of order {confirmation.AmazonOrderId} has no package {packageReferenceId}.");
        if (confirmation.HoldReason is not null || !package.IsDue(now))
        {
            throw new InvalidOperationException(
                $"Package {packageReferenceId} of shipment {confirmation.ShipmentId} of order {confirmation.AmazonOrderId} is not to be sent now ({package.State}, {confirmation.HoldReason}).");
        }

        return [new PackageSent(confirmation.ShipmentId, packageReferenceId, package.Attempts + 1, now)];
    }

    /// <summary>
    /// Amazon's verdict on the attempt in flight. Accepted or already confirmed, the package is done, and with the
    /// last one the shipment; rejected, it waits for an operator; without a verdict it is sent again: at once when no
    /// answer came (after a look at Amazon's view of the order), after a growing pause when Amazon was unavailable.
    /// </summary>
    public static IReadOnlyList<object> Record(
        ShipmentConfirmation confirmation, string packageReferenceId, PackageOutcome outcome, DateTimeOffset now)
    {
        var package = confirmation.PackageOf(packageReferenceId)
            ?? throw new InvalidOperationException($"Shipment {confirmation.ShipmentId} of order {confirmation.AmazonOrderId} has no package {packageReferenceId}.");
        if (package.State != PackageState.Sent)
        {
            return [];
        }

        var attempt = package.Attempts;
        switch (outcome)
        {
            case PackageOutcome.Accepted accepted:
                var acceptedEvent = new PackageAccepted(
                    confirmation.ShipmentId, packageReferenceId, attempt, accepted.AlreadyConfirmed, now, accepted.SeenInAmazonsOrder);
                var after = confirmation.Apply(acceptedEvent);
                return after.Packages.All(candidate => candidate.State == PackageState.Accepted)
                    ?
                    [
                        acceptedEvent,
                        new ConfirmationCompleted(
                            confirmation.ShipmentId, confirmation.AmazonOrderId, confirmation.StoreId,
                            [.. confirmation.Packages.Select(candidate => candidate.TrackingNumber)], now),
                    ]
                    : [acceptedEvent];
            case PackageOutcome.Rejected rejected:
                return
                [
                    new PackageRejected(
                        confirmation.ShipmentId, confirmation.AmazonOrderId, confirmation.StoreId, packageReferenceId,
                        package.TrackingNumber, attempt, rejected.Code, rejected.Message, now),
                ];
            case PackageOutcome.Failed { OutcomeUnknown: true } unknown:
                return [new PackageSendFailed(confirmation.ShipmentId, packageReferenceId, attempt, unknown.Problem, true, now, now)];
            case PackageOutcome.Failed failed:
                return
                [
                    new PackageSendFailed(
                        confirmation.ShipmentId, packageReferenceId, attempt, failed.Problem, false, now + PauseAfter(attempt), now),
                ];
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");
        }
    }

    /// <summary>5 s, 10 s, 20 s, ... up to 10 minutes: the client already retried within the usage plan.</summary>
    public static TimeSpan PauseAfter(int attempt) =>
        TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, FirstPause.Ticks * (1L << Math.Clamp(attempt - 1, 0, 20))));
}
