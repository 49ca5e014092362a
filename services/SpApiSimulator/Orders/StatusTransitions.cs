namespace Fulfillment.SpApiSimulator.Orders;

/// <summary>
/// Which status changes Amazon makes. Orders move forward (Amazon may skip states as a poller sees them), can be
/// canceled until they ship, and end at <c>Shipped</c>, <c>Canceled</c> or <c>Unfulfillable</c>.
/// </summary>
public static class StatusTransitions
{
    private static readonly OrderStatus[] Forward =
    [
        OrderStatus.PendingAvailability,
        OrderStatus.Pending,
        OrderStatus.Unshipped,
        OrderStatus.PartiallyShipped,
        OrderStatus.InvoiceUnconfirmed,
        OrderStatus.Shipped,
    ];

    /// <returns>Why Amazon would not make this change, or null when it would.</returns>
    public static string? Refusal(SimulatedOrder order, OrderStatus to)
    {
        var from = order.Status;
        if (from == to)
        {
            return $"The order is already {to}.";
        }

        if (from is OrderStatus.Shipped or OrderStatus.Canceled or OrderStatus.Unfulfillable)
        {
            return $"A {from} order does not change any more.";
        }

        return to switch
        {
            // A pre-order waits for its release date; only an order still waiting for payment can become one.
            OrderStatus.PendingAvailability when from != OrderStatus.Pending =>
                "Only a Pending order can become PendingAvailability.",
            OrderStatus.PendingAvailability => null,
            OrderStatus.Canceled when Rank(from) >= Rank(OrderStatus.InvoiceUnconfirmed) =>
                $"A {from} order has shipped and can no longer be canceled.",
            OrderStatus.Canceled => null,
            OrderStatus.Unfulfillable when order.FulfillmentChannel != FulfillmentChannel.AFN =>
                "Only FBA (AFN) orders become Unfulfillable.",
            OrderStatus.Unfulfillable when Rank(from) >= Rank(OrderStatus.PartiallyShipped) =>
                $"A {from} order can no longer become Unfulfillable.",
            OrderStatus.Unfulfillable => null,
            OrderStatus.PartiallyShipped when order.QuantityOrdered - order.QuantityShipped < 2 =>
                "An order with fewer than two units left to ship cannot be partially shipped.",
            _ when Rank(to) <= Rank(from) =>
                $"Amazon does not move an order from {from} back to {to}.",
            _ => null,
        };
    }

    private static int Rank(OrderStatus status) => Array.IndexOf(Forward, status);
}
