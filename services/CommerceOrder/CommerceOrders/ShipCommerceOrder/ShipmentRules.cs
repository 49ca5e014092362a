namespace Fulfillment.CommerceOrder.CommerceOrders.ShipCommerceOrder;

/// <summary>The checks of a shipment request that need the order: what is shippable, and how packages split the items.</summary>
public static class ShipmentRules
{
    public static IEnumerable<(string Field, string Message)> AgainstOrder(ShipOrderRequest request, CommerceOrderProcess order)
    {
        if (NotShippable(order) is { } reason)
        {
            yield return ("incrementId", reason);
            yield break;
        }

        var items = order.Placement!.Items.ToDictionary(item => item.ItemId);
        var requested = request.Items ?? [];
        for (var index = 0; index < requested.Count; index++)
        {
            var line = requested[index];
            if (line.OrderItemId is null || line.Qty is not > 0)
            {
                continue;
            }

            if (!items.TryGetValue(line.OrderItemId, out var item))
            {
                yield return ($"items[{index}].order_item_id", $"Order {order.IncrementId} has no item '{line.OrderItemId}'.");
            }
            else if (requested.Take(index).Any(earlier => earlier.OrderItemId == line.OrderItemId))
            {
                yield return ($"items[{index}].order_item_id", $"Item '{line.OrderItemId}' is named twice.");
            }
            else if (line.Qty > order.QuantityLeftToShip(item))
            {
                yield return ($"items[{index}].qty",
                    $"Item '{line.OrderItemId}' ({item.Sku}) has {order.QuantityLeftToShip(item)} left to ship, not {line.Qty}.");
            }
        }

        if (PackageSplitProblem(request) is { } problem)
        {
            yield return ("tracks", problem);
        }
    }

    /// <summary>Why the order cannot ship, or null: only an MFN Commerce order with items left to ship can.</summary>
    public static string? NotShippable(CommerceOrderProcess order) => order switch
    {
        { Placement: null } => $"Amazon order {order.Id} has no Commerce order yet.",
        { IsMerchantFulfilled: false } => $"Order {order.IncrementId} is fulfilled by Amazon: Amazon ships it.",
        { Stage: CommerceOrderStage.Completed } => $"Order {order.IncrementId} is complete: nothing is left to ship.",
        { Stage: not CommerceOrderStage.Placed } => $"Order {order.IncrementId} is {order.Stage.ToString().ToLowerInvariant()} and cannot ship.",
        _ => null,
    };

    /// <summary>With several tracks each package names its items, and together they are exactly the shipment's.</summary>
    private static string? PackageSplitProblem(ShipOrderRequest request)
    {
        var tracks = request.Tracks ?? [];
        if (tracks.Count < 2 && tracks.All(track => track.Items is null))
        {
            return null;
        }

        if (tracks.Any(track => track.Items is not { Count: > 0 }))
        {
            return "With several tracks, each track names the items (order_item_id, qty) in its package.";
        }

        var shipped = Totals(request.Items ?? []);
        var packed = Totals(tracks.SelectMany(track => track.Items!));
        return shipped.Count == packed.Count && shipped.All(item => packed.GetValueOrDefault(item.Key) == item.Value)
            ? null
            : "The items of the tracks must add up to the shipment's items.";
    }

    private static Dictionary<string, int> Totals(IEnumerable<ShipOrderItem> items) => items
        .Where(item => item.OrderItemId is not null)
        .GroupBy(item => item.OrderItemId!)
        .ToDictionary(group => group.Key, group => group.Sum(item => item.Qty ?? 0));
}
