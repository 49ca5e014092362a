using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;

namespace Fulfillment.SpApiSimulator.Admin.ChangeOrderStatus;

/// <summary>When an admin-made change happens: the given time or now, to the second, never before the last update.</summary>
public static class OrderUpdateTime
{
    public static DateTimeOffset Of(DateTimeOffset? requested, DateTimeOffset now) =>
        SpApiDates.ToWholeSeconds(requested ?? now);

    /// <returns>Why the time cannot be used for this order, or null.</returns>
    public static string? Refusal(SimulatedOrder order, DateTimeOffset at) =>
        at < order.LastUpdateDate
            ? $"The order was last updated at {SpApiDates.Format(order.LastUpdateDate)}; LastUpdateDate only moves forward."
            : null;
}
