using Fulfillment.OrderImport.AmazonOrders;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.OrderImport.OrdersView.GetOrderDetails;

public static class GetOrderDetailsEndpoint
{
    public static RouteGroupBuilder MapGetOrderDetails(this RouteGroupBuilder group)
    {
        group.MapGet("/{amazonOrderId}", HandleAsync);
        return group;
    }

    /// <summary>
    /// The grid's summary (channel status, notes), the stream for the history and the buyer's personal data, which
    /// lives apart so that it can be erased, are read in one round trip; the order is then folded up to the version
    /// the history ends at, so both tell the same story.
    /// </summary>
    private static async Task<Results<Ok<OrderDetails>, ProblemHttpResult>> HandleAsync(
        string amazonOrderId, IQuerySession session, CancellationToken cancellationToken)
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
            return TypedResults.Problem(
                title: "Order not found",
                detail: $"No Amazon order '{amazonOrderId}' has been imported.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var history = events.Select(OrderHistoryEntry.From).ToList();
        return TypedResults.Ok(OrderDetails.From(order, summary, await buyerRead, history));
    }
}
