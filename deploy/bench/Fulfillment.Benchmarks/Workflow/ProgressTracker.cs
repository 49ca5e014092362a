using System.Collections.Concurrent;
using System.Text.Json;

namespace Fulfillment.Benchmarks.Workflow;

/// <summary>
/// Reads the new events of OrderImport, CommerceOrder and TrackingSync and moves each benchmark order's progress on.
/// Orders of earlier runs are not in the map and are ignored.
/// </summary>
public sealed class ProgressTracker(BenchSettings settings)
{
    private readonly EventFeed _orderImport = new(settings.Database("fulfillment_order_import"), "order_import",
        ["amazon_order_imported", "amazon_order_status_changed"]);

    private readonly EventFeed _commerce = new(settings.Database("fulfillment_commerce_order"), "commerce_order",
        ["amazon_order_verified", "order_creation_blocked", "order_placed", "shipment_recorded", "order_closed"]);

    private readonly EventFeed _tracking = new(settings.Database("fulfillment_tracking_sync"), "tracking_sync",
        ["confirmation_requested", "confirmation_completed"]);

    public ConcurrentDictionary<string, OrderProgress> ByAmazonOrderId { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Orders whose Commerce order was just seen placed (MFN ones are then shipped by the merchant, or canceled at
    /// Amazon by an operator).
    /// </summary>
    public event Action<OrderProgress>? Placed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _orderImport.SkipExistingAsync(cancellationToken);
        await _commerce.SkipExistingAsync(cancellationToken);
        await _tracking.SkipExistingAsync(cancellationToken);
    }

    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        foreach (var feedEvent in await _orderImport.ReadNewAsync(cancellationToken))
        {
            ApplyOrderImport(feedEvent);
        }

        foreach (var feedEvent in await _commerce.ReadNewAsync(cancellationToken))
        {
            ApplyCommerce(feedEvent);
        }

        foreach (var feedEvent in await _tracking.ReadNewAsync(cancellationToken))
        {
            ApplyTracking(feedEvent);
        }
    }

    private void ApplyOrderImport(FeedEvent feedEvent)
    {
        if (!ByAmazonOrderId.TryGetValue(feedEvent.StreamKey, out var order))
        {
            return;
        }

        var status = feedEvent.Type == "amazon_order_imported"
            ? feedEvent.Data.GetProperty("Status").GetString()
            : feedEvent.Data.GetProperty("To").GetString();
        switch (status)
        {
            case "Unshipped" when order.Plan.Kind != OrderKind.Fba:
                order.ImportedVerifiedAt ??= feedEvent.Timestamp;
                break;
            case "Shipped":
                if (order.Plan.Kind == OrderKind.Fba)
                {
                    order.ImportedVerifiedAt ??= feedEvent.Timestamp;
                }

                order.AmazonShippedSeenAt ??= feedEvent.Timestamp;
                break;
            case "Canceled":
                order.CanceledSeenAt ??= feedEvent.Timestamp;
                break;
        }
    }

    private void ApplyCommerce(FeedEvent feedEvent)
    {
        if (!ByAmazonOrderId.TryGetValue(feedEvent.StreamKey, out var order))
        {
            return;
        }

        switch (feedEvent.Type)
        {
            case "amazon_order_verified":
                order.CommerceVerifiedAt ??= feedEvent.Timestamp;
                break;
            case "order_creation_blocked":
                order.BlockedAt ??= feedEvent.Timestamp;
                break;
            case "order_placed":
                order.PlacedEvents++;
                if (order.PlacedAt is null)
                {
                    order.PlacedAt = feedEvent.Timestamp;
                    order.IncrementId = feedEvent.Data.GetProperty("IncrementId").GetString();
                    order.Items = [.. feedEvent.Data.GetProperty("Items").EnumerateArray().Select(item =>
                        (item.GetProperty("ItemId").GetString()!, item.GetProperty("Quantity").GetInt32()))];
                    Placed?.Invoke(order);
                }

                break;
            case "shipment_recorded":
                order.ShipmentRecordedAt ??= feedEvent.Timestamp;
                break;
            case "order_closed":
                order.ClosedAt ??= feedEvent.Timestamp;
                break;
        }
    }

    private void ApplyTracking(FeedEvent feedEvent)
    {
        if (AmazonOrderIdOf(feedEvent.Data) is not { } amazonOrderId || !ByAmazonOrderId.TryGetValue(amazonOrderId, out var order))
        {
            return;
        }

        if (feedEvent.Type == "confirmation_requested")
        {
            order.ConfirmationRequestedAt ??= feedEvent.Timestamp;
        }
        else
        {
            order.ConfirmedAt ??= feedEvent.Timestamp;
        }
    }

    private static string? AmazonOrderIdOf(JsonElement data) =>
        data.TryGetProperty("AmazonOrderId", out var id) ? id.GetString() : null;
}
