using System.Text.Json.Serialization;

namespace Fulfillment.CommerceOrder.CommerceOrders.ShipCommerceOrder;

/// <summary>
/// Adobe Commerce's <c>POST /V1/order/{id}/ship</c> body. <c>notify</c> is accepted and ignored: for an Amazon order
/// the buyer hears from Amazon, never from Commerce (W5). With several tracks, each names the items in its package.
/// </summary>
public sealed record ShipOrderRequest(
    [property: JsonPropertyName("items")] IReadOnlyList<ShipOrderItem>? Items,
    [property: JsonPropertyName("tracks")] IReadOnlyList<ShipOrderTrack>? Tracks,
    [property: JsonPropertyName("notify")] bool? Notify = null)
{
    /// <summary>The request as it is validated and recorded: every track <see cref="ShipOrderTrack.Normalised"/>.</summary>
    public ShipOrderRequest Normalised() => this with { Tracks = Tracks?.Select(track => track?.Normalised()!).ToList() };
}

public sealed record ShipOrderItem(
    [property: JsonPropertyName("order_item_id")] string? OrderItemId,
    [property: JsonPropertyName("qty")] int? Qty);

/// <param name="Items">Which of the shipment's items are in this package; required when the shipment has several tracks.</param>
public sealed record ShipOrderTrack(
    [property: JsonPropertyName("track_number")] string? TrackNumber,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("carrier_code")] string? CarrierCode,
    [property: JsonPropertyName("items")] IReadOnlyList<ShipOrderItem>? Items = null)
{
    /// <summary>
    /// Carriers print their numbers in groups (<c>1Z 999 AA1 01 2345 6784</c>) and people paste them with spaces around:
    /// the whitespace goes, a carrier's code is taken in any case, and a known carrier's number in upper case, before
    /// anything is checked, so that Amazon gets the number as the carrier's systems know it.
    /// </summary>
    public ShipOrderTrack Normalised()
    {
        var carrierCode = CarrierCode?.Trim().ToLowerInvariant();
        var trackNumber = TrackingNumberFormats.WithoutWhitespace(TrackNumber);
        return this with
        {
            CarrierCode = carrierCode,
            TrackNumber = carrierCode is not null && TrackingNumberFormats.IsKnownCarrier(carrierCode)
                ? trackNumber?.ToUpperInvariant()
                : trackNumber,
            Title = Title?.Trim(),
        };
    }
}
