using Fulfillment.Contracts.Shipments;
using Marten;
using MassTransit;

namespace Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderCompleted;

/// <summary>Shows that the Commerce order is <c>complete</c>: every item shipped (W5).</summary>
public sealed class CommerceOrderCompletedConsumer(IDocumentSession session, TimeProvider clock) : IConsumer<CommerceOrderCompleted>
{
    public Task Consume(ConsumeContext<CommerceOrderCompleted> context)
    {
        var message = context.Message;
        return session.RecordAsync(context, message.AmazonOrderId, order => NoteCommerceOrderCompletedDecider.Decide(
            order,
            new NoteCommerceOrderCompleted(message.AmazonOrderId, message.CommerceOrderNumber, message.CompletedAt, clock.GetUtcNow())));
    }
}
