using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>An MFN order Amazon verified (Unshipped), with the order item id of each line.</summary>
public sealed record UnshippedOrder(string AmazonOrderId, IReadOnlyList<string> OrderItemIds);

/// <summary>Amazon's side through the simulator's admin API: orders, their confirmations, faults, request counts.</summary>
public static class AmazonOrders
{
    private static HttpClient Simulator => TrackingSyncSystem.Simulator;

    /// <param name="quantities">Units of each line, one SKU per line.</param>
    public static async Task<UnshippedOrder> PlaceUnshippedAsync(params int[] quantities)
    {
        var order = await PlacePendingAsync(quantities);
        await ChangeStatusAsync(order.AmazonOrderId, "Unshipped");
        return order;
    }

    /// <summary>An order Amazon has not verified yet: it cannot be confirmed as shipped.</summary>
    public static async Task<UnshippedOrder> PlacePendingAsync(params int[] quantities)
    {
        var seller = TrackingSyncSystem.Running.Seller;
        using var response = await Simulator.PostAsJsonAsync("simulator/orders", new
        {
            sellerId = seller.SellerId,
            marketplaceId = SimulatedSeller.MarketplaceId,
            fulfillmentChannel = "MFN",
            items = quantities.Select((quantity, line) => new { sellerSku = $"SKU-{line + 1}", quantity, unitPrice = 10m }),
            buyer = new { name = "Jane Doe", email = "jane.doe@example.com" },
            shipTo = new
            {
                name = "Jane Doe", addressLine1 = "1 Main Street", city = "Seattle", stateOrRegion = "WA",
                postalCode = "98101", countryCode = "US",
            },
        });
        await EnsureSuccessAsync(response);
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();
        var amazonOrderId = order.GetProperty("amazonOrderId").GetString()!;
        var itemIds = order.GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("orderItemId").GetString()!)
            .ToList();
        return new UnshippedOrder(amazonOrderId, itemIds);
    }

    public static async Task ChangeStatusAsync(string amazonOrderId, string status)
    {
        using var response = await Simulator.PostAsJsonAsync($"simulator/orders/{amazonOrderId}/status", new { status });
        await EnsureSuccessAsync(response);
    }

    /// <summary>Amazon's view of the order: its status and the shipment confirmations it received.</summary>
    public static Task<JsonElement> ViewAsync(string amazonOrderId) =>
        Simulator.GetFromJsonAsync<JsonElement>($"simulator/orders/{amazonOrderId}");

    public static async Task<string> StatusAsync(string amazonOrderId) =>
        (await ViewAsync(amazonOrderId)).GetProperty("orderStatus").GetString()!;

    /// <summary>The package reference ids Amazon recorded for the order, in the order received.</summary>
    public static async Task<IReadOnlyList<string>> ConfirmedPackagesAsync(string amazonOrderId) =>
        [.. (await ViewAsync(amazonOrderId)).GetProperty("shipmentConfirmations").EnumerateArray()
            .Select(confirmation => confirmation.GetProperty("packageReferenceId").GetString()!)];

    /// <summary>The next <paramref name="count"/> confirmShipment calls get the fault (see docs/sp-api-simulator.md).</summary>
    public static Task InjectConfirmShipmentFaultAsync(string kind, int count = 1, int delayMilliseconds = 0) =>
        InjectFaultAsync("confirmShipment", kind, count, delayMilliseconds);

    /// <summary>The next <paramref name="count"/> calls of <paramref name="operation"/> get the fault.</summary>
    public static async Task InjectFaultAsync(string operation, string kind, int count = 1, int delayMilliseconds = 0)
    {
        using var response = await Simulator.PostAsJsonAsync(
            "simulator/faults", new { operation, kind, count, delayMilliseconds });
        await EnsureSuccessAsync(response);
    }

    /// <summary>
    /// confirmShipment calls Amazon acted on (accepted), those it refused for going over the usage plan (throttled),
    /// and those an injected fault answered.
    /// </summary>
    public static async Task<(long Accepted, long Throttled, long Faulted)> ConfirmShipmentCallsAsync()
    {
        var counters = await Simulator.GetFromJsonAsync<JsonElement>("simulator/requests");
        return counters.GetProperty("operations").TryGetProperty("confirmShipment", out var counts)
            ? (counts.GetProperty("accepted").GetInt64(), counts.GetProperty("throttled").GetInt64(), counts.GetProperty("faulted").GetInt64())
            : (0, 0, 0);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The simulator answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
