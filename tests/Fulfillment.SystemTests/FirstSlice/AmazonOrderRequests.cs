using System.Net;
using System.Net.Http.Json;

namespace Fulfillment.SystemTests.FirstSlice;

/// <summary>Talks to OrderImport and CommerceOrder over HTTP the way an operator or a test of the slice would.</summary>
public static class AmazonOrderRequests
{
    public static string NewAmazonOrderId() =>
        $"{Random.Shared.Next(100, 1000)}-{Random.Shared.Next(0, 10_000_000):D7}-{Random.Shared.Next(0, 10_000_000):D7}";

    public static object PendingSnapshot(
        string amazonOrderId, string sellerSku = "SKU-MUG-RED", int quantity = 2, string storeId = StoreId) => new
    {
        amazonOrderId,
        storeId,
        marketplaceId = "ATVPDKIKX0DER",
        fulfillmentChannel = "MFN",
        orderStatus = "Pending",
        purchaseDate = "2026-11-20T10:00:00Z",
        lastUpdateDate = "2026-11-20T10:05:00Z",
        items = new[] { new { orderItemId = "11111111111111", sellerSku, quantity } },
    };

    public const string StoreId = "store-us";

    /// <summary>Connects the store the orders of these tests belong to (credentials named "test" are configured).</summary>
    public static async Task ConnectStoreAsync(HttpClient orderImport)
    {
        using var response = await orderImport.PostAsJsonAsync("api/stores", new
        {
            storeId = StoreId,
            sellerId = "A2EUQ1WTGCTBG2",
            marketplaceId = "ATVPDKIKX0DER",
            spApiEndpoint = "https://sellingpartnerapi-na.amazon.com",
            credentialsName = "test",
            websiteCode = "base",
        });
        response.EnsureSuccessStatusCode();
    }

    public static Task<HttpResponseMessage> RecordAsync(HttpClient orderImport, object snapshot) =>
        orderImport.PostAsJsonAsync("api/amazon-orders", snapshot);

    /// <returns>The Commerce order process as CommerceOrder shows it, or null while it does not exist.</returns>
    public static async Task<CommerceOrderProcessResponse?> FindCommerceOrderProcessAsync(
        HttpClient commerceOrder, string amazonOrderId)
    {
        using var response = await commerceOrder.GetAsync($"api/commerce/order-processes/{amazonOrderId}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<CommerceOrderProcessResponse>();
    }
}

public static class CommerceOrderWaits
{
    public static Task<CommerceOrderProcessResponse> NotedAsync(HttpClient commerceOrder, string amazonOrderId) =>
        Infrastructure.Eventually.GetAsync(
            () => AmazonOrderRequests.FindCommerceOrderProcessAsync(commerceOrder, amazonOrderId),
            TimeSpan.FromSeconds(30),
            $"CommerceOrder to note Amazon order {amazonOrderId}");
}
