namespace Fulfillment.Contracts.Shipments;

/// <summary>
/// The merchant shipped (part of) a Commerce order from an Amazon MFN order (W5, T1): TrackingSync confirms every
/// package to Amazon (T2), OrderImport counts the items shipped. Published once per shipment.
/// </summary>
/// <param name="ShipmentId">
/// Unique within its Amazon order only (the merchant's <c>Idempotency-Key</c>, which an ERP may number per order): whoever
/// keys by it keys by the Amazon order and it together.
/// </param>
/// <param name="ItemsShipped">Units of the whole order shipped so far, this shipment included.</param>
/// <param name="ItemsUnshipped">Units of the whole order still to ship; zero when the order is complete.</param>
public sealed record ShipmentCreated(
    string ShipmentId,
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    string CommerceOrderNumber,
    IReadOnlyList<ShippedPackage> Packages,
    int ItemsShipped,
    int ItemsUnshipped,
    DateTimeOffset ShippedAt);

/// <summary>
/// One package: what Amazon's <c>confirmShipment</c> takes. <paramref name="PackageReferenceId"/> is a positive
/// number unique within the Amazon order, so that a repeated confirmation is recognised as the same package.
/// </summary>
/// <param name="CarrierCode">Commerce's carrier code (<c>fedex</c>, <c>ups</c>, <c>usps</c>, <c>dhl</c>, <c>custom</c>, ...).</param>
/// <param name="CarrierTitle">The carrier's name as the merchant typed it (Commerce's track title).</param>
public sealed record ShippedPackage(
    string PackageReferenceId,
    string CarrierCode,
    string CarrierTitle,
    string TrackingNumber,
    IReadOnlyList<ShippedItem> Items);

public sealed record ShippedItem(string AmazonOrderItemId, string Sku, int Quantity);
