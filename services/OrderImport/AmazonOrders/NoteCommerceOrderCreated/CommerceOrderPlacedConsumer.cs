using Fulfillment.Contracts.CommerceOrders;
using Fulfillment.ServiceDefaults.Telemetry;
using Marten;
using MassTransit;

namespace Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderCreated;

/// <summary>
/// Shows the Commerce order's number on the channel order (W3) once CommerceOrder has placed it, and measures how
/// long the order waited for it since it was seen Unshipped (recorded once: a redelivery records nothing).
/// </summary>
public sealed class CommerceOrderPlacedConsumer(IDocumentSession session, TimeProvider clock) : IConsumer<CommerceOrderPlaced>
{
    public async Task Consume(ConsumeContext<CommerceOrderPlaced> context)
    {
        var message = context.Message;
        DateTimeOffset? waitingSince = null;
        await session.RecordAsync(context, message.AmazonOrderId, order =>
        {
            var events = NoteCommerceOrderCreatedDecider.Decide(
                order,
                new NoteCommerceOrderCreated(message.AmazonOrderId, message.CommerceOrderNumber, message.PlacedAt, clock.GetUtcNow()));
            waitingSince = events.Count > 0 ? order.UnshippedSeenAt : null;
            return events;
        });

        if (waitingSince is { } since)
        {
            FulfillmentMetrics.UnshippedToPlaced.Record(
                Math.Max(0, (message.PlacedAt - since).TotalSeconds),
                new KeyValuePair<string, object?>("store", message.StoreId));
        }
    }
}
