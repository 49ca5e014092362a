using Fulfillment.Contracts.CommerceOrders;
using Marten;
using MassTransit;

namespace Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderClosed;

/// <summary>Shows that the Commerce order of an order Amazon canceled was refunded and closed (A2).</summary>
public sealed class CommerceOrderClosedConsumer(IDocumentSession session, TimeProvider clock) : IConsumer<CommerceOrderClosed>
{
    public Task Consume(ConsumeContext<CommerceOrderClosed> context)
    {
        var message = context.Message;
        return session.RecordAsync(context, message.AmazonOrderId, order => NoteCommerceOrderClosedDecider.Decide(
            order,
            new NoteCommerceOrderClosed(
                message.AmazonOrderId, message.CommerceOrderNumber, message.RefundedAmount, message.CurrencyCode,
                message.ClosedAt, clock.GetUtcNow())));
    }
}
