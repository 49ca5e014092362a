using Fulfillment.Contracts.Stores;
using Fulfillment.TrackingSync.Confirmations.SendConfirmations;
using Marten;
using MassTransit;

namespace Fulfillment.TrackingSync.Stores.NoteAmazonStoreChanged;

/// <summary>
/// Keeps the newest settings of each store. An older or repeated version changes nothing, so redelivery and
/// out-of-order delivery are harmless; two versions stored at once conflict (optimistic concurrency) and the loser
/// is retried against the winner. A change may release held confirmations, so the sender is woken.
/// </summary>
public sealed class AmazonStoreChangedConsumer(IDocumentSession session, ConfirmationSignal signal)
    : IConsumer<AmazonStoreChanged>
{
    public async Task Consume(ConsumeContext<AmazonStoreChanged> context)
    {
        var changed = context.Message;
        var known = await session.LoadAsync<AmazonStore>(changed.StoreId, context.CancellationToken);
        if (known is not null && known.SettingsVersion >= changed.SettingsVersion)
        {
            return;
        }

        var store = new AmazonStore(
            changed.StoreId, changed.SellerId, changed.MarketplaceId, new Uri(changed.SpApiEndpoint),
            changed.CredentialsName, changed.Active, changed.ReadOnlyMode, changed.SettingsVersion, changed.ChangedAt);
        if (known is null)
        {
            // Two first versions at once: the second insert fails, and its retry compares with the first.
            session.Insert(store);
        }
        else
        {
            session.Store(store);
        }

        await session.SaveChangesAsync(context.CancellationToken);
        signal.Wake();
    }
}
