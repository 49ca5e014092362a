using Fulfillment.Contracts.AmazonOrders;
using MassTransit;

namespace Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;

/// <summary>Amazon shipped a fulfilled-by-Amazon order (F2): it becomes a complete Commerce order (F3).</summary>
public sealed class OrderShippedConsumer(VerifiedOrderHandler handler, TimeProvider clock) : IConsumer<OrderShipped>
{
    public Task Consume(ConsumeContext<OrderShipped> context) => handler.HandleAsync(
        VerifiedOrderMessage.From(context.Message, clock.GetUtcNow()), context.MessageId?.ToString(),
        context.CancellationToken);
}
