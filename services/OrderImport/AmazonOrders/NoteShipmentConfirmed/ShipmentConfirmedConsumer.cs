using Fulfillment.Contracts.Shipments;
using Marten;
using MassTransit;

namespace Fulfillment.OrderImport.AmazonOrders.NoteShipmentConfirmed;

/// <summary>Shows that Amazon has the shipment's tracking information (W5), ending an open transmission error.</summary>
public sealed class ShipmentConfirmedConsumer(IDocumentSession session, TimeProvider clock) : IConsumer<ShipmentConfirmed>
{
    public Task Consume(ConsumeContext<ShipmentConfirmed> context)
    {
        var message = context.Message;
        return session.RecordAsync(context, message.AmazonOrderId, order => NoteShipmentConfirmedDecider.Decide(
            order,
            new NoteShipmentConfirmed(
                message.AmazonOrderId, message.ShipmentId, message.TrackingNumbers, message.ConfirmedAt, clock.GetUtcNow())));
    }
}
