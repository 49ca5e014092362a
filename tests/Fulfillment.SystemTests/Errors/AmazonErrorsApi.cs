using Fulfillment.SystemTests.Infrastructure.Identity;
using System.Net.Http.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Errors;

public sealed record AmazonCallFailureResponse(
    Guid Id,
    string? StoreId,
    string SellerId,
    string MarketplaceId,
    string Operation,
    int? HttpStatus,
    string AmazonCode,
    string Message,
    int Attempt,
    bool WillRetry,
    DateTimeOffset At);

/// <summary>A service's <c>GET /admin/amazon-errors</c>, as a viewer reads it.</summary>
public static class AmazonErrorsApi
{
    public static async Task<IReadOnlyList<AmazonCallFailureResponse>> ListAsync(HttpClient service, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"admin/amazon-errors{query}");
        using var response = await service.SendAsAsync(request, TestPeople.Viewer);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<List<AmazonCallFailureResponse>>())!;
    }

    /// <summary>Waits until the service lists at least <paramref name="count"/> failures that match.</summary>
    public static Task<IReadOnlyList<AmazonCallFailureResponse>> WhenListedAsync(
        HttpClient service, string query, Func<AmazonCallFailureResponse, bool> match, int count) =>
        Eventually.GetAsync(
            async () => (await ListAsync(service, query)).Where(match).ToList() is { } found && found.Count >= count
                ? (IReadOnlyList<AmazonCallFailureResponse>)found
                : null,
            TimeSpan.FromSeconds(30), $"{count} matching failures in GET /admin/amazon-errors{query}");
}
