using System.Text.Json.Serialization;

namespace Fulfillment.CommerceOrder.CommerceOrders.ShipCommerceOrder;

/// <summary>
/// Adobe Commerce's <c>POST /V1/order/{id}/ship</c> body. <c>notify</c> is accepted and ignored: for an Amazon order
/// the buyer hears from Amazon, never from Commerce (W5). With several tracks, each names the items in its package.
/// </summary>
public sealed record ShipOrderRequest(
    [property: JsonPropertyName("items")] IReadOnlyList<ShipOrderItem>? Items,
    [property: JsonPropertyName("tracks")] IReadOnlyList<ShipOrderTrack>? Tracks,
    [property: JsonPropertyName("notify")] bool? Notify = null);

public sealed record ShipOrderItem(
    [property: JsonPropertyName("order_item_id")] string? OrderItemId,
    [property: JsonPropertyName("qty")] int? Qty);

/// <param name="Items">Which of the shipment's items are in this package; required when the shipment has several tracks.</param>
public sealed record ShipOrderTrack(
    [property: JsonPropertyName("track_number")] string? TrackNumber,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("carrier_code")] string? CarrierCode,
    [property: JsonPropertyName("items")] IReadOnlyList<ShipOrderItem>? Items = null);
