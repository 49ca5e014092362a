using Fulfillment.Contracts.CommerceOrders;
using Marten;
using MassTransit;

namespace Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderBlocked;

/// <summary>Shows operators why no Commerce order could be created for the Amazon order yet (C1).</summary>
public sealed class CommerceOrderBlockedConsumer(IDocumentSession session, TimeProvider clock) : IConsumer<CommerceOrderBlocked>
{
    public Task Consume(ConsumeContext<CommerceOrderBlocked> context)
    {
        var message = context.Message;
        return session.RecordAsync(context, message.AmazonOrderId, order => NoteCommerceOrderBlockedDecider.Decide(
            order,
            new NoteCommerceOrderBlocked(
                message.AmazonOrderId, message.Reason, message.BlockingSkus, message.BlockedAt, clock.GetUtcNow())));
    }
}
