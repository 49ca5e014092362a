namespace Fulfillment.TrackingSync.Confirmations.RetryConfirmation;

public static class RetryConfirmationDecider
{
    /// <summary>An operator's retry (T4, O5) sends the rejected packages again; nothing when none was rejected.</summary>
    public static IReadOnlyList<object> Decide(ShipmentConfirmation confirmation, DateTimeOffset now)
    {
        var rejected = confirmation.Packages
            .Where(package => package.State == PackageState.Rejected)
            .Select(package => package.PackageReferenceId)
            .ToList();
        return rejected.Count == 0 ? [] : [new ConfirmationRetryRequested(confirmation.ShipmentId, rejected, now)];
    }
}
