namespace Fulfillment.SpApiSimulator.Orders;

/// <summary>
/// Amazon's orders, in memory. Every read is a consistent snapshot and every change is applied atomically, so
/// concurrent pollers, confirmations and admin calls never see half a change.
/// </summary>
public sealed class OrderBook
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SimulatedOrder> _orders = new(StringComparer.Ordinal);

    public void Add(SimulatedOrder order)
    {
        lock (_gate)
        {
            _orders.Add(order.AmazonOrderId, order);
        }
    }

    public SimulatedOrder? Find(string amazonOrderId)
    {
        lock (_gate)
        {
            return _orders.GetValueOrDefault(amazonOrderId);
        }
    }

    /// <summary>The seller's order, or null: another seller's order does not exist for this caller.</summary>
    public SimulatedOrder? Find(string sellerId, string amazonOrderId) =>
        Find(amazonOrderId) is { } order && order.SellerId == sellerId ? order : null;

    public IReadOnlyList<SimulatedOrder> All()
    {
        lock (_gate)
        {
            return [.. _orders.Values];
        }
    }

    /// <summary>Decides on the current order and stores the decided new order, if any, in one step.</summary>
    /// <returns>The change, or null when there is no such order.</returns>
    public OrderChange<TOutcome>? Change<TOutcome>(string amazonOrderId, Func<SimulatedOrder, OrderChange<TOutcome>> decide)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(amazonOrderId, out var order))
            {
                return null;
            }

            var change = decide(order);
            if (change.Updated is { } updated)
            {
                _orders[amazonOrderId] = updated;
            }

            return change;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _orders.Clear();
        }
    }
}

/// <summary>What a decision on an order came to: the new order (null when nothing changes) and the outcome to report.</summary>
public sealed record OrderChange<TOutcome>(SimulatedOrder? Updated, TOutcome Outcome);
