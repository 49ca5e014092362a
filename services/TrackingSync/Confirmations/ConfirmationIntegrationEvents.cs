using Fulfillment.Contracts.Shipments;
using Fulfillment.ServiceDefaults.EventStore;

namespace Fulfillment.TrackingSync.Confirmations;

/// <summary>Which confirmation facts leave TrackingSync, and as which contract.</summary>
public static class ConfirmationIntegrationEvents
{
    public static IntegrationEventMap ForwardConfirmationFacts(this IntegrationEventMap map) => map
        .Forward<PackageRejected>(@event => new ShipmentConfirmationFailed(
            @event.Data.ShipmentId, @event.Data.AmazonOrderId, @event.Data.StoreId, @event.Data.PackageReferenceId,
            @event.Data.TrackingNumber, @event.Data.AmazonErrorCode, @event.Data.AmazonMessage, @event.Data.RejectedAt))
        .Forward<ConfirmationCompleted>(@event => new ShipmentConfirmed(
            @event.Data.ShipmentId, @event.Data.AmazonOrderId, @event.Data.StoreId, @event.Data.TrackingNumbers,
            @event.Data.ConfirmedAt));
}
