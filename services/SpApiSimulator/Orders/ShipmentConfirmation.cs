namespace Fulfillment.SpApiSimulator.Orders;

/// <summary>A package the seller confirmed with <c>confirmShipment</c>, as Amazon recorded it.</summary>
public sealed record ShipmentConfirmation(
    string PackageReferenceId,
    string CarrierCode,
    string? CarrierName,
    string? ShippingMethod,
    string TrackingNumber,
    DateTimeOffset ShipDate,
    string? ShipFromSupplySourceId,
    IReadOnlyList<ConfirmedItem> Items,
    DateTimeOffset ReceivedAt);

public sealed record ConfirmedItem(string OrderItemId, int Quantity, IReadOnlyList<string> TransparencyCodes);
