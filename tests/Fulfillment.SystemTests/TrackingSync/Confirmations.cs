using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>TrackingSync's HTTP API: a shipment's confirmation, an order's, an operator's retry.</summary>
public static class Confirmations
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static HttpClient TrackingSync => TrackingSyncSystem.TrackingSync;

    public static async Task<JsonElement?> FindAsync(string shipmentId)
    {
        using var response = await TrackingSync.GetAsync($"api/tracking/confirmations/{shipmentId}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Waits until the shipment's confirmation has the status (Pending, Held, Confirmed, Failed) and passes <paramref name="also"/>.</summary>
    public static async Task<JsonElement> WaitForAsync(string shipmentId, string status, Func<JsonElement, bool>? also = null)
    {
        var found = await Eventually.GetAsync(
            async () => await FindAsync(shipmentId) is { } confirmation
                && confirmation.GetProperty("status").GetString() == status
                && (also?.Invoke(confirmation) ?? true)
                    ? new Box(confirmation)
                    : null,
            Patience, $"shipment {shipmentId} {status}");
        return found.Value;
    }

    public static async Task<IReadOnlyList<JsonElement>> OfOrderAsync(string amazonOrderId) =>
        [.. (await TrackingSync.GetFromJsonAsync<JsonElement>($"api/tracking/confirmations?amazonOrderId={amazonOrderId}"))
            .EnumerateArray()];

    public static Task<HttpResponseMessage> RetryAsync(string shipmentId) =>
        TrackingSync.PostAsync($"api/tracking/confirmations/{shipmentId}/retry", null);

    public static JsonElement Package(JsonElement confirmation, string packageReferenceId) =>
        confirmation.GetProperty("packages").EnumerateArray()
            .Single(package => package.GetProperty("packageReferenceId").GetString() == packageReferenceId);

    /// <summary>A JSON element is a struct; <see cref="Eventually"/> waits for a reference.</summary>
    private sealed record Box(JsonElement Value);
}
