using Fulfillment.Contracts.AmazonOrders;
using Marten;
using MassTransit;

namespace Fulfillment.CommerceOrder.CommerceOrders.NoteAmazonOrderPending;

/// <summary>
/// Notes an unverified Amazon order in its Commerce order stream. Idempotent: the decider ignores a known order,
/// and two deliveries racing each other collide on the stream version, so the loser retries and finds it known.
/// </summary>
public sealed class OrderPendingConsumer(IDocumentSession session, TimeProvider clock) : IConsumer<OrderPending>
{
    public async Task Consume(ConsumeContext<OrderPending> context)
    {
        var message = context.Message;
        var stream = await session.Events.FetchForWriting<CommerceOrderProcess>(
            message.AmazonOrderId, context.CancellationToken);

        var events = NoteAmazonOrderPendingDecider.Decide(stream.Aggregate, new NoteAmazonOrderPending(
            message.AmazonOrderId,
            message.StoreId,
            message.FulfillmentChannel,
            [.. message.Lines.Select(line => new CommerceOrderLine(line.OrderItemId, line.SellerSku, line.Quantity))],
            clock.GetUtcNow()));
        if (events.Count == 0)
        {
            return;
        }

        session.CausationId = context.MessageId?.ToString();
        stream.AppendMany(events);
        await session.SaveChangesAsync(context.CancellationToken);
    }
}
