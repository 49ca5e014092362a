using Fulfillment.Contracts.AmazonOrders;
using Marten;
using MassTransit;

namespace Fulfillment.CommerceOrder.CommerceOrders.CancelCommerceOrder;

/// <summary>Amazon canceled the order (A2): stop or undo the Commerce order and give its stock back.</summary>
public sealed class OrderCanceledConsumer(IDocumentSession session, TimeProvider clock) : IConsumer<OrderCanceled>
{
    public async Task Consume(ConsumeContext<OrderCanceled> context)
    {
        var message = context.Message;
        var streams = await OrderAndStockStreams.FetchAsync(session, message.AmazonOrderId, [], context.CancellationToken);
        var events = CancelCommerceOrderDecider.Decide(
            streams.Order,
            new CancelCommerceOrder(message.AmazonOrderId, message.StoreId, message.FulfillmentChannel, clock.GetUtcNow()),
            streams.Products);
        await streams.AppendAndSaveAsync(events, context.MessageId?.ToString(), context.CancellationToken);
    }
}
