using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.OrdersView;

/// <summary>Amazon's own side of the grid's data set, through the simulator's admin API, at explicit times.</summary>
public sealed class AmazonAdmin(HttpClient simulator, SimulatedSeller seller)
{
    public async Task<string> PlaceAsync(GridOrder order, DateTimeOffset purchaseDate)
    {
        using var response = await simulator.PostAsJsonAsync("simulator/orders", new
        {
            sellerId = seller.SellerId,
            marketplaceId = SimulatedSeller.MarketplaceId,
            fulfillmentChannel = order.Channel,
            items = order.Lines.Select(line => new
            {
                sellerSku = line.Sku, quantity = line.Quantity, unitPrice = line.UnitPrice, itemTax = line.ItemTax,
                title = $"Item {line.Sku}",
            }),
            buyer = new { name = order.BuyerName, email = order.BuyerEmail },
            shipTo = new
            {
                name = order.BuyerName, addressLine1 = "410 Terry Ave N", city = "Seattle", stateOrRegion = "WA",
                postalCode = "98109", countryCode = "US", phone = "+1 206-555-0100",
            },
            purchaseDate,
        });
        var placed = await ReadAsync(response);
        return placed.GetProperty("amazonOrderId").GetString()!;
    }

    public async Task ChangeStatusAsync(string amazonOrderId, string status, DateTimeOffset at)
    {
        using var response = await simulator.PostAsJsonAsync($"simulator/orders/{amazonOrderId}/status", new { status, at });
        await ReadAsync(response);
    }

    /// <summary>Moves Amazon's clock so that the data set's whole history lies past Amazon's two-minute listing delay.</summary>
    public async Task LetTimePassAsync(TimeSpan duration)
    {
        using var response = await simulator.PostAsJsonAsync("simulator/clock/advance", new { by = duration.ToString("c") });
        await ReadAsync(response);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The simulator answered {(int)response.StatusCode}: {body}");
        }

        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
