using System.Text.Json.Serialization;

namespace Fulfillment.SpApiClient.Models;

// The confirmShipment request of Orders API v0 (ordersV0.json: ConfirmShipmentRequest, PackageDetail,
// ConfirmShipmentOrderItem). codCollectionMethod (Japan only) is never sent.

public sealed record ConfirmShipmentRequest(
    [property: JsonPropertyName("marketplaceId")] string MarketplaceId,
    [property: JsonPropertyName("packageDetail")] PackageDetail PackageDetail);

/// <param name="PackageReferenceId">A positive number, as a string, unique within the order.</param>
/// <param name="CarrierName">Required when <paramref name="CarrierCode"/> is <c>Other</c>; left out otherwise.</param>
/// <param name="ShipDate">ISO 8601 date and time.</param>
public sealed record PackageDetail(
    [property: JsonPropertyName("packageReferenceId")] string PackageReferenceId,
    [property: JsonPropertyName("carrierCode")] string CarrierCode,
    [property: JsonPropertyName("carrierName"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CarrierName,
    [property: JsonPropertyName("trackingNumber")] string TrackingNumber,
    [property: JsonPropertyName("shipDate")] string ShipDate,
    [property: JsonPropertyName("orderItems")] IReadOnlyList<ConfirmShipmentOrderItem> OrderItems);

public sealed record ConfirmShipmentOrderItem(
    [property: JsonPropertyName("orderItemId")] string OrderItemId,
    [property: JsonPropertyName("quantity")] int Quantity);
