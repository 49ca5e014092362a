namespace Fulfillment.OrderImport.AmazonOrders;

// What happened to the merchant's shipments of the Amazon order (W5, T4), as the channel order records it. Each keeps
// the moment the other service gave and the moment OrderImport learnt it.

/// <summary>One package of a shipment: its carrier, tracking number and how many units it holds.</summary>
/// <param name="CarrierTitle">The carrier's name as the merchant typed it.</param>
public sealed record ShipmentPackage(
    string PackageReferenceId, string CarrierCode, string CarrierTitle, string TrackingNumber, int Units);

/// <summary>
/// The merchant shipped (part of) the order from Commerce. <paramref name="ItemsShipped"/> and
/// <paramref name="ItemsUnshipped"/> are the order's totals right after this shipment.
/// </summary>
public sealed record CommerceShipmentCreated(
    string AmazonOrderId,
    string ShipmentId,
    string CommerceOrderNumber,
    IReadOnlyList<ShipmentPackage> Packages,
    int ItemsShipped,
    int ItemsUnshipped,
    DateTimeOffset ShippedAt,
    DateTimeOffset RecordedAt);

/// <summary>Amazon accepted every package of the shipment: the buyer is notified by Amazon (T2, T3).</summary>
public sealed record TrackingInformationSubmitted(
    string AmazonOrderId,
    string ShipmentId,
    IReadOnlyList<string> TrackingNumbers,
    DateTimeOffset ConfirmedAt,
    DateTimeOffset RecordedAt);

/// <summary>
/// Amazon refused a package of the shipment for good (T4): an operator must fix the cause and retry; a later
/// <see cref="TrackingInformationSubmitted"/> for the shipment closes the problem.
/// </summary>
public sealed record TrackingTransmissionFailed(
    string AmazonOrderId,
    string ShipmentId,
    string PackageReferenceId,
    string TrackingNumber,
    string AmazonErrorCode,
    string AmazonMessage,
    DateTimeOffset FailedAt,
    DateTimeOffset RecordedAt);
