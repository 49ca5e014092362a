using System.Net;
using System.Net.Http.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.OrdersView;

namespace Fulfillment.SystemTests.CommerceHandOff;

/// <summary>Reads a channel order the way an operator does: its row in the grid and its details.</summary>
public sealed class ChannelOrderViews(HttpClient orderImport)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public async Task<OrderRowResponse> RowAsync(string amazonOrderId)
    {
        var page = await orderImport.GetFromJsonAsync<OrdersPageResponse>($"api/orders?orderNumber={amazonOrderId}");
        return page!.Items.Single(row => row.AmazonOrderId == amazonOrderId);
    }

    public async Task<OrderDetailsResponse?> DetailsAsync(string amazonOrderId)
    {
        using var response = await orderImport.GetAsync($"api/orders/{amazonOrderId}");
        return response.StatusCode == HttpStatusCode.NotFound
            ? null
            : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<OrderDetailsResponse>();
    }

    /// <summary>Waits until the order's latest note is <paramref name="note"/>, and returns its grid row then.</summary>
    public Task<OrderRowResponse> WhenLatestNoteAsync(string amazonOrderId, string note) =>
        Eventually.GetAsync(
            async () => await RowAsync(amazonOrderId) is { Notes: [var latest, ..] } row && latest == note ? row : null,
            Patience, $"{amazonOrderId} to show the note '{note}'");
}
