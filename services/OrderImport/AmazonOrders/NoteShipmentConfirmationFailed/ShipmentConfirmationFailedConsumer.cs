using Fulfillment.Contracts.Shipments;
using Marten;
using MassTransit;

namespace Fulfillment.OrderImport.AmazonOrders.NoteShipmentConfirmationFailed;

/// <summary>Puts the order in <c>Error</c> with Amazon's message when Amazon refuses a package for good (T4).</summary>
public sealed class ShipmentConfirmationFailedConsumer(IDocumentSession session, TimeProvider clock)
    : IConsumer<ShipmentConfirmationFailed>
{
    public Task Consume(ConsumeContext<ShipmentConfirmationFailed> context)
    {
        var message = context.Message;
        return session.RecordAsync(context, message.AmazonOrderId, order => NoteShipmentConfirmationFailedDecider.Decide(
            order,
            new NoteShipmentConfirmationFailed(
                message.AmazonOrderId, message.ShipmentId, message.PackageReferenceId, message.TrackingNumber,
                message.AmazonErrorCode, message.AmazonMessage, message.FailedAt, clock.GetUtcNow())));
    }
}
