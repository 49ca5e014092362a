namespace Fulfillment.Contracts.Shipments;

/// <summary>
/// Amazon refused a package of the shipment for good (T4): the order shows <c>Error</c> with Amazon's message until
/// an operator retries the confirmation.
/// </summary>
public sealed record ShipmentConfirmationFailed(
    string ShipmentId,
    string AmazonOrderId,
    string StoreId,
    string PackageReferenceId,
    string TrackingNumber,
    string AmazonErrorCode,
    string AmazonMessage,
    DateTimeOffset FailedAt);
