using System.Net.Http.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.OrdersView;

namespace Fulfillment.SystemTests.ShippingStatus;

public sealed record ShippingRowResponse(
    string AmazonOrderId,
    string Status,
    string AmazonStatus,
    int ItemsOrdered,
    int ItemsShipped,
    int ItemsUnshipped,
    IReadOnlyList<string> Notes,
    string? CommerceOrderNumber);

public sealed record ShippingRowsResponse(IReadOnlyList<ShippingRowResponse> Items);

public sealed record ShipmentPackageResponse(
    string PackageReferenceId, string CarrierCode, string CarrierTitle, string TrackingNumber, int Units);

public sealed record ShipmentResponse(
    string ShipmentId,
    DateTimeOffset? ShippedAt,
    IReadOnlyList<ShipmentPackageResponse> Packages,
    string Confirmation,
    DateTimeOffset? ConfirmedAt,
    string? ConfirmationError);

public sealed record ShippingDetailsResponse(
    string AmazonOrderId,
    string ChannelStatus,
    int ItemsShipped,
    int ItemsUnshipped,
    IReadOnlyList<ShipmentResponse> Shipments,
    IReadOnlyList<string> Notes,
    long Version,
    IReadOnlyList<OrderHistoryEntryResponse> History);

/// <summary>Reads a channel order's shipping as an operator does: its grid row (O1) and its details (O2).</summary>
public sealed class ShippingViews(HttpClient orderImport)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    public async Task<ShippingRowResponse?> RowAsync(string amazonOrderId)
    {
        var page = await orderImport.GetFromJsonAsync<ShippingRowsResponse>($"api/orders?orderNumber={amazonOrderId}");
        return page!.Items.SingleOrDefault(row => row.AmazonOrderId == amazonOrderId);
    }

    public async Task<ShippingDetailsResponse> DetailsAsync(string amazonOrderId) =>
        (await orderImport.GetFromJsonAsync<ShippingDetailsResponse>($"api/orders/{amazonOrderId}"))!;

    /// <summary>Waits until the order's grid row shows <paramref name="status"/>, and returns the row then.</summary>
    public Task<ShippingRowResponse> WhenStatusAsync(string amazonOrderId, string status) =>
        Eventually.GetAsync(
            async () => await RowAsync(amazonOrderId) is { } row && row.Status == status ? row : null,
            Patience, $"{amazonOrderId} to be listed {status}");
}
