using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Stores;

/// <summary>Amazon's side of the store tests, through the simulator's admin API.</summary>
public static class SimulatorRequests
{
    /// <summary>A buyer placed an MFN order at <paramref name="purchaseDate"/>, which may lie before the store was connected.</summary>
    public static async Task<string> PlaceOrderAsync(this HttpClient simulator, SimulatedSeller seller, DateTimeOffset purchaseDate)
    {
        using var response = await simulator.PostAsJsonAsync("simulator/orders", new
        {
            sellerId = seller.SellerId,
            marketplaceId = SimulatedSeller.MarketplaceId,
            fulfillmentChannel = "MFN",
            items = new[] { new { sellerSku = "SKU-MUG-RED", quantity = 1, unitPrice = 19.90m } },
            buyer = new { name = "Jane Doe", email = "jane.doe@example.com" },
            shipTo = new
            {
                name = "Jane Doe", addressLine1 = "1 Main Street", city = "Seattle", stateOrRegion = "WA",
                postalCode = "98101", countryCode = "US",
            },
            purchaseDate = purchaseDate.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The simulator answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("amazonOrderId").GetString()!;
    }

    /// <summary>Every request the simulator counted, of every SP-API operation and Login With Amazon, however answered.</summary>
    public static async Task<long> AllRequestsAsync(this HttpClient simulator)
    {
        var counters = await simulator.GetFromJsonAsync<JsonElement>("simulator/requests");
        return counters.GetProperty("operations").EnumerateObject()
            .SelectMany(operation => operation.Value.EnumerateObject())
            .Where(count => count.Name != "delayed")
            .Sum(count => count.Value.GetInt64());
    }
}
