using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>Reading <c>getOrders</c> the way a poller does: the first page with a query, the next ones with the NextToken.</summary>
public static class OrdersPages
{
    public static string Iso(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static async Task<JsonElement> PayloadAsync(RunningSimulator simulator, string token, string query)
    {
        using var response = await simulator.GetAsync($"orders/v0/orders?{query}", token);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.IsSuccessStatusCode, Is.True, body.ToString());
        return body.GetProperty("payload");
    }

    /// <summary>Every page; <paramref name="nextPageQuery"/> is what a caller adds to the NextToken on later pages.</summary>
    public static async Task<List<JsonElement>> AllPagesAsync(
        RunningSimulator simulator, string token, string firstQuery, string nextPageQuery = "")
    {
        var pages = new List<JsonElement> { await PayloadAsync(simulator, token, firstQuery) };
        while (pages[^1].TryGetProperty("NextToken", out var nextToken))
        {
            pages.Add(await PayloadAsync(simulator, token,
                $"MarketplaceIds={RunningSimulator.UsMarketplace}&NextToken={Uri.EscapeDataString(nextToken.GetString()!)}{nextPageQuery}"));
        }

        return pages;
    }

    public static IEnumerable<string> OrderIds(this IEnumerable<JsonElement> pages) =>
        pages.SelectMany(page => page.GetProperty("Orders").EnumerateArray())
            .Select(order => order.GetProperty("AmazonOrderId").GetString()!);
}
