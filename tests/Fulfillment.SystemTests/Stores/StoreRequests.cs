using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Stores;

/// <summary>The body of <c>POST /api/stores</c>, as an operator's tool sends it.</summary>
public sealed record ConnectStoreBody(
    string StoreId,
    string SellerId,
    string MarketplaceId,
    string SpApiEndpoint,
    string CredentialsName,
    string WebsiteCode,
    object? Settings = null)
{
    public static ConnectStoreBody For(string storeId, string spApiEndpoint = "https://sellingpartnerapi-na.amazon.com") =>
        new(storeId, "A1FULFILLMENTTEST", SimulatedSeller.MarketplaceId, spApiEndpoint, SimulatedSeller.CredentialsName, "base");
}

/// <summary>Order settings in full, as <c>PUT /api/stores/{id}/settings</c> takes them; the defaults are S1-S8's.</summary>
public sealed record SettingsBody(
    bool ImportOrders = true,
    string? StoreViewCode = null,
    string CustomerCreation = "Guest",
    string OrderNumberSource = "CommerceIncrementNumber",
    string PendingOrders = "DoNotReserveQuantity",
    string? CustomProcessingStatus = null,
    string State = "Active",
    bool ReadOnlyMode = false);

public sealed record StoreResponse(
    string StoreId, string SellerId, string MarketplaceId, string CredentialsName, SettingsBody Settings, int SettingsVersion);

public sealed record StoreHistoryEntryResponse(long Version, string Type, DateTimeOffset RecordedAt, JsonElement Data);

public sealed record BackfillCountsResponse(int Imported, int Unchanged, int Skipped, int Failed);

public sealed record BackfillResponse(
    Guid Id,
    string StoreId,
    DateTimeOffset From,
    DateTimeOffset To,
    string? RequestedBy,
    string Status,
    BackfillCountsResponse? Counts,
    DateTimeOffset? ListedUntil,
    string? Problem);

public static class StoreRequests
{
    public static Task<HttpResponseMessage> ConnectAsync(this HttpClient orderImport, ConnectStoreBody body) =>
        orderImport.PostAsJsonAsync("api/stores", body);

    public static Task<HttpResponseMessage> ChangeSettingsAsync(this HttpClient orderImport, string storeId, object settings) =>
        orderImport.PutAsJsonAsync($"api/stores/{storeId}/settings", settings);

    public static async Task<IReadOnlyList<StoreHistoryEntryResponse>> HistoryAsync(this HttpClient orderImport, string storeId) =>
        await orderImport.GetFromJsonAsync<IReadOnlyList<StoreHistoryEntryResponse>>($"api/stores/{storeId}/history") ?? [];

    public static Task<HttpResponseMessage> BackfillAsync(
        this HttpClient orderImport, string storeId, DateTimeOffset? from, DateTimeOffset? to, string? requestedBy = null) =>
        orderImport.PostAsJsonAsync($"api/stores/{storeId}/backfill", new { from, to, requestedBy });

    /// <summary>Follows a backfill until it completes or fails.</summary>
    public static Task<BackfillResponse> FinishedBackfillAsync(this HttpClient orderImport, Uri location) =>
        Eventually.GetAsync(
            async () =>
            {
                var backfill = await orderImport.GetFromJsonAsync<BackfillResponse>(location);
                return backfill?.Status is "Completed" or "Failed" ? backfill : null;
            },
            TimeSpan.FromSeconds(60), $"backfill {location} to finish");

    /// <returns>The names of the fields a 400 ValidationProblem names.</returns>
    public static async Task<IReadOnlyList<string>> InvalidFieldsAsync(this HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(error => error.Name)] : [];
    }
}
