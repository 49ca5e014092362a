using Fulfillment.Contracts.CommerceOrders;
using Marten;
using MassTransit;

namespace Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderCreated;

/// <summary>Shows the Commerce order's number on the channel order (W3) once CommerceOrder has placed it.</summary>
public sealed class CommerceOrderPlacedConsumer(IDocumentSession session, TimeProvider clock) : IConsumer<CommerceOrderPlaced>
{
    public Task Consume(ConsumeContext<CommerceOrderPlaced> context)
    {
        var message = context.Message;
        return session.RecordAsync(context, message.AmazonOrderId, order => NoteCommerceOrderCreatedDecider.Decide(
            order,
            new NoteCommerceOrderCreated(message.AmazonOrderId, message.CommerceOrderNumber, message.PlacedAt, clock.GetUtcNow())));
    }
}
