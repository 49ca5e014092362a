using Fulfillment.SpApiSimulator.Persistence;

namespace Fulfillment.SpApiSimulator.Orders;

/// <summary>
/// Amazon's orders, read from memory and written through to the simulator's database (see
/// <see cref="SimulatorStateWriter"/>). Every read is a consistent snapshot and every change is applied atomically,
/// so concurrent pollers, confirmations and admin calls never see half a change.
/// </summary>
public sealed class OrderBook(SimulatorStateWriter state)
{
    public const string StateKind = "order";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, SimulatedOrder> _orders = new(StringComparer.Ordinal);

    public void Add(SimulatedOrder order)
    {
        lock (_gate)
        {
            _orders.Add(order.AmazonOrderId, order);
            state.Save(StateKind, order.AmazonOrderId, order);
        }
    }

    /// <summary>An order read back from the database at start: already stored.</summary>
    public void Restore(SimulatedOrder order)
    {
        lock (_gate)
        {
            _orders[order.AmazonOrderId] = order;
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
                state.Save(StateKind, amazonOrderId, updated);
            }

            return change;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _orders.Clear();
            state.DeleteAll(StateKind);
        }
    }
}

/// <summary>What a decision on an order came to: the new order (null when nothing changes) and the outcome to report.</summary>
public sealed record OrderChange<TOutcome>(SimulatedOrder? Updated, TOutcome Outcome);
