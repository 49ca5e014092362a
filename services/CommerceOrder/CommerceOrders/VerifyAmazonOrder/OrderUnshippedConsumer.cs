using Fulfillment.Contracts.AmazonOrders;
using MassTransit;

namespace Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;

/// <summary>Amazon verified a merchant-fulfilled order (W2): it may become a Commerce order now.</summary>
public sealed class OrderUnshippedConsumer(VerifiedOrderHandler handler, TimeProvider clock) : IConsumer<OrderUnshipped>
{
    public Task Consume(ConsumeContext<OrderUnshipped> context) => handler.HandleAsync(
        VerifiedOrderMessage.From(context.Message, clock.GetUtcNow()), context.MessageId?.ToString(),
        context.CancellationToken);
}
