using Fulfillment.OrderImport.AmazonOrders;
using Marten;

namespace Fulfillment.OrderImport.OrdersView.GetOrderDetails;

/// <summary>One order's details (O2), read by <c>GET /api/orders/{id}</c> and by the operators' page alike.</summary>
public static class OrderDetailsReader
{
    /// <summary>
    /// The grid's summary (channel status, notes), the stream for the history and the buyer's personal data, which
    /// lives apart so that it can be erased, are read in one round trip; the order is then folded up to the version
    /// the history ends at, so both tell the same story. Null when no such order has been imported.
    /// </summary>
    public static async Task<OrderDetails?> ReadAsync(
        IQuerySession session, string amazonOrderId, CancellationToken cancellationToken)
    {
        var batch = session.CreateBatchQuery();
        var summaryRead = batch.Load<OrderSummary>(amazonOrderId);
        var eventsRead = batch.Events.FetchStream(amazonOrderId);
        var buyerRead = batch.Load<BuyerPersonalData>(amazonOrderId);
        await batch.Execute(cancellationToken);

        var events = await eventsRead;
        var order = events.Count == 0
            ? null
            : await session.Events.AggregateStreamAsync<AmazonOrder>(
                amazonOrderId, version: events[^1].Version, token: cancellationToken);
        if (await summaryRead is not { } summary || order is null)
        {
            return null;
        }

        var history = events.Select(OrderHistoryEntry.From).ToList();
        return OrderDetails.From(order, summary, await buyerRead, history);
    }
}
