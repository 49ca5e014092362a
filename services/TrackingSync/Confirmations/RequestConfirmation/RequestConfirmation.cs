namespace Fulfillment.TrackingSync.Confirmations.RequestConfirmation;

public sealed record RequestConfirmation(
    string ShipmentId,
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    string CommerceOrderNumber,
    IReadOnlyList<RequestedPackage> Packages,
    DateTimeOffset ShippedAt,
    DateTimeOffset Now);

public static class RequestConfirmationDecider
{
    /// <summary>
    /// A shipment starts its confirmation once: a redelivered or republished <c>ShipmentCreated</c> finds the stream
    /// and adds nothing, so no package is ever sent twice because of it.
    /// </summary>
    public static IReadOnlyList<object> Decide(ShipmentConfirmation? confirmation, RequestConfirmation command) =>
        confirmation is not null
            ? []
            :
            [
                new ConfirmationRequested(
                    command.ShipmentId, command.AmazonOrderId, command.StoreId, command.MarketplaceId,
                    command.CommerceOrderNumber, command.Packages, command.ShippedAt, command.Now),
            ];
}
