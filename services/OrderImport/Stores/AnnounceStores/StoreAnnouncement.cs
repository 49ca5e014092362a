using System.Security.Cryptography;
using System.Text;
using Fulfillment.ServiceDefaults.Workers;
using Marten;
using MassTransit;

namespace Fulfillment.OrderImport.Stores.AnnounceStores;

/// <summary>
/// At start, tells the services that call Amazon about every store as it stands now (<c>AmazonStoreChanged</c>), so
/// that a service that joined later or lost its registry (a new TrackingSync, a store connected before the
/// announcement existed) learns the stores without an operator. Receivers keep the newest settings version, so a
/// repeated announcement changes nothing; its MessageId is derived from store and version for the same reason.
/// </summary>
public sealed class StoreAnnouncement(
    IServiceScopeFactory scopes, IBus bus, TimeProvider clock, WorkerHealth health, ILogger<StoreAnnouncement> logger)
    : ResilientWorker(health, logger)
{
    protected override Task WaitForNextRoundAsync(CancellationToken stoppingToken) => Task.CompletedTask;

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        Finish();
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IQuerySession>();
        var stores = await session.Query<AmazonStore>().ToListAsync(cancellationToken);
        foreach (var store in stores)
        {
            var announcement = AmazonStoreIntegrationEvents.ToAmazonStoreChanged(store, clock.GetUtcNow());
            await bus.Publish(announcement, context => context.MessageId = MessageIdOf(store), cancellationToken);
        }

        logger.LogInformation("Announced {StoreCount} Amazon stores", stores.Count);
    }

    private static Guid MessageIdOf(AmazonStore store) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"store-announcement:{store.Id}:{store.SettingsVersion}")));
}
