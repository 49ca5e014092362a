using Fulfillment.Contracts.Stores;
using Fulfillment.ServiceDefaults.EventStore;
using JasperFx.Events;
using Marten;

namespace Fulfillment.OrderImport.Stores;

/// <summary>
/// Tells the services that call Amazon for a store (TrackingSync) where and as whom to call and whether they may
/// (S7 Active, S8 Read-Only Mode): one <see cref="AmazonStoreChanged"/> per store version, that is the connection and
/// each effective settings change. Only the credentials' name leaves OrderImport, never a secret.
/// </summary>
public static class AmazonStoreIntegrationEvents
{
    public static IntegrationEventMap ForwardAmazonStoreChanges(this IntegrationEventMap map) => map
        .Forward<AmazonStoreConnected>(@event => ToAmazonStoreChanged(AmazonStore.Create(@event.Data), @event.Data.ConnectedAt))
        .Forward<OrderSettingsChanged>(ToAmazonStoreChangedAsync);

    public static AmazonStoreChanged ToAmazonStoreChanged(AmazonStore store, DateTimeOffset changedAt) => new(
        store.Id,
        store.SellerId,
        store.MarketplaceId,
        store.SpApiEndpoint.AbsoluteUri,
        store.CredentialsName,
        store.IsActive,
        store.Settings.ReadOnlyMode,
        store.SettingsVersion,
        changedAt);

    /// <summary>The store as it stood right after the change, not as it stands when the forwarder gets to it.</summary>
    private static async Task<object?> ToAmazonStoreChangedAsync(
        IEvent<OrderSettingsChanged> @event, IQuerySession session, CancellationToken cancellationToken)
    {
        var store = await session.Events.AggregateStreamAsync<AmazonStore>(
            @event.StreamKey!, version: @event.Version, token: cancellationToken);
        return store is null ? null : ToAmazonStoreChanged(store, @event.Data.ChangedAt);
    }
}
