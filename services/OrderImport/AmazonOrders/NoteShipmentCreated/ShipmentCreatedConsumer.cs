using Fulfillment.Contracts.Shipments;
using Marten;
using MassTransit;

namespace Fulfillment.OrderImport.AmazonOrders.NoteShipmentCreated;

/// <summary>Counts the units the merchant shipped from Commerce and lists the shipment's tracking numbers (W5).</summary>
public sealed class ShipmentCreatedConsumer(IDocumentSession session, TimeProvider clock) : IConsumer<ShipmentCreated>
{
    public Task Consume(ConsumeContext<ShipmentCreated> context)
    {
        var message = context.Message;
        return session.RecordAsync(context, message.AmazonOrderId, order => NoteShipmentCreatedDecider.Decide(
            order,
            new NoteShipmentCreated(
                message.AmazonOrderId, message.ShipmentId, message.CommerceOrderNumber,
                [.. message.Packages.Select(ToPackage)], message.ItemsShipped, message.ItemsUnshipped, message.ShippedAt,
                clock.GetUtcNow())));
    }

    private static ShipmentPackage ToPackage(ShippedPackage package) => new(
        package.PackageReferenceId, package.CarrierCode, package.CarrierTitle, package.TrackingNumber,
        package.Items.Sum(item => item.Quantity));
}
