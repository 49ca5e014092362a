using Fulfillment.Contracts.AmazonOrders;
using Marten;
using MassTransit;

namespace Fulfillment.CommerceOrder.CommerceOrders.NoteAmazonOrderPending;

/// <summary>
/// Notes an unverified Amazon order in its Commerce order stream and, with S5, reserves its stock. Idempotent: the
/// decider ignores a known order, and two deliveries racing each other collide on the stream version, so the loser
/// retries and finds it known.
/// </summary>
public sealed class OrderPendingConsumer(IDocumentSession session, TimeProvider clock) : IConsumer<OrderPending>
{
    public async Task Consume(ConsumeContext<OrderPending> context)
    {
        var message = context.Message;
        var streams = await OrderAndStockStreams.FetchAsync(
            session, message.AmazonOrderId, message.Lines.Select(line => line.SellerSku), context.CancellationToken);

        var events = NoteAmazonOrderPendingDecider.Decide(streams.Order, new NoteAmazonOrderPending(
            message.AmazonOrderId,
            message.StoreId,
            message.FulfillmentChannel,
            [.. message.Lines.Select(line => new CommerceOrderLine(line.OrderItemId, line.SellerSku, line.Quantity))],
            message.Settings.PendingOrders == StoreSettingValues.ReserveQuantity && message.Settings.ImportOrders,
            clock.GetUtcNow()), streams.Products);
        await streams.AppendAndSaveAsync(events, context.MessageId?.ToString(), context.CancellationToken);
    }
}
