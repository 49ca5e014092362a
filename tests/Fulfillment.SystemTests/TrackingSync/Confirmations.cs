using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.Contracts.Shipments;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>TrackingSync's HTTP API: a shipment's confirmation, an order's, an operator's retry.</summary>
public static class Confirmations
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static HttpClient TrackingSync => TrackingSyncSystem.TrackingSync;

    public static async Task<JsonElement?> FindAsync(ShipmentCreated shipment)
    {
        using var response = await TrackingSync.GetAsync(PathOf(shipment.AmazonOrderId, shipment.ShipmentId));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Waits until the shipment's confirmation has the status (Pending, Held, Confirmed, Failed) and passes <paramref name="also"/>.</summary>
    public static async Task<JsonElement> WaitForAsync(ShipmentCreated shipment, string status, Func<JsonElement, bool>? also = null)
    {
        var found = await Eventually.GetAsync(
            async () => await FindAsync(shipment) is { } confirmation
                && confirmation.GetProperty("status").GetString() == status
                && (also?.Invoke(confirmation) ?? true)
                    ? new Box(confirmation)
                    : null,
            Patience, $"shipment {shipment.ShipmentId} of {shipment.AmazonOrderId} {status}");
        return found.Value;
    }

    public static async Task<IReadOnlyList<JsonElement>> OfOrderAsync(string amazonOrderId) =>
        [.. (await TrackingSync.GetFromJsonAsync<JsonElement>($"api/tracking/confirmations?amazonOrderId={amazonOrderId}"))
            .EnumerateArray()];

    public static Task<HttpResponseMessage> RetryAsync(string amazonOrderId, string shipmentId) =>
        TrackingSync.PostAsync($"{PathOf(amazonOrderId, shipmentId)}/retry", null);

    /// <summary>A confirmation's address: its Amazon order and shipment id, since a shipment id is unique within its order only.</summary>
    public static string PathOf(string amazonOrderId, string shipmentId) =>
        $"api/tracking/confirmations/{Uri.EscapeDataString(amazonOrderId)}/{Uri.EscapeDataString(shipmentId)}";

    public static JsonElement Package(JsonElement confirmation, string packageReferenceId) =>
        confirmation.GetProperty("packages").EnumerateArray()
            .Single(package => package.GetProperty("packageReferenceId").GetString() == packageReferenceId);

    /// <summary>A JSON element is a struct; <see cref="Eventually"/> waits for a reference.</summary>
    private sealed record Box(JsonElement Value);
}
