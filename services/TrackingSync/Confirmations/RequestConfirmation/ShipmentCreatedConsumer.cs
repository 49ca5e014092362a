using FluentValidation;
using Fulfillment.Contracts.Shipments;
using Fulfillment.TrackingSync.Confirmations.SendConfirmations;
using Marten;
using MassTransit;

namespace Fulfillment.TrackingSync.Confirmations.RequestConfirmation;

/// <summary>
/// Records the shipment's confirmation in its own stream (key: the Amazon order and the shipment id, since a shipment
/// id is unique within its order only); the sender does the calling. Two copies handled at once both find no stream:
/// the second append fails on the stream's version and its retry finds the stream, so it adds nothing.
/// </summary>
public sealed class ShipmentCreatedConsumer(
    IDocumentSession session, IValidator<ShipmentCreated> validator, ConfirmationSignal signal, TimeProvider clock)
    : IConsumer<ShipmentCreated>
{
    public async Task Consume(ConsumeContext<ShipmentCreated> context)
    {
        var shipment = context.Message;
        await validator.ValidateAndThrowAsync(shipment, context.CancellationToken);
        var stream = await session.Events.FetchForWriting<ShipmentConfirmation>(
            ConfirmationKey.Of(shipment.AmazonOrderId, shipment.ShipmentId), context.CancellationToken);
        if (stream.Aggregate is null && await KeyedByShipmentAloneAsync(shipment, context.CancellationToken))
        {
            return;
        }

        var events = RequestConfirmationDecider.Decide(stream.Aggregate, new RequestConfirmation(
            shipment.ShipmentId, shipment.AmazonOrderId, shipment.StoreId, shipment.MarketplaceId,
            shipment.CommerceOrderNumber,
            [.. shipment.Packages.Select(package => new RequestedPackage(
                package.PackageReferenceId, package.CarrierCode, package.CarrierTitle, package.TrackingNumber,
                [.. package.Items.Select(item => new RequestedItem(item.AmazonOrderItemId, item.Quantity))]))],
            shipment.ShippedAt,
            clock.GetUtcNow()));
        if (events.Count == 0)
        {
            return;
        }

        stream.AppendMany(events);
        session.CausationId = context.MessageId?.ToString();
        await session.SaveChangesAsync(context.CancellationToken);
        signal.Wake();
    }

    /// <summary>
    /// Confirmations recorded before streams were keyed by order and shipment have the shipment id alone as their key:
    /// a copy of such a shipment's message (redelivered or re-published) is the same shipment, not a new one.
    /// </summary>
    private async Task<bool> KeyedByShipmentAloneAsync(ShipmentCreated shipment, CancellationToken cancellationToken) =>
        await session.LoadAsync<ShipmentConfirmation>(shipment.ShipmentId, cancellationToken) is { } earlier
        && earlier.AmazonOrderId == shipment.AmazonOrderId;
}
