using Fulfillment.ServiceDefaults.Http;
using Fulfillment.ServiceDefaults.Security;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Fulfillment.ServiceDefaults.Operations.Subscriptions;

/// <summary>How far one shard (a subscription such as the EventForwarder, or an async projection) has got.</summary>
public sealed record ShardLag(string ShardName, long Sequence, long HighWaterMark, long Lag);

public sealed record SubscriptionsProgress(long HighWaterMark, IReadOnlyList<ShardLag> Shards);

/// <summary>Where to move a subscription back to: an event sequence, or the first event at or after a moment.</summary>
public sealed record RewindSubscription(long? ToSequence, DateTimeOffset? ToTimestamp);

public sealed record SubscriptionRewound(string Subscription, long? ToSequence, DateTimeOffset? ToTimestamp);

public static class SubscriptionsEndpoints
{
    /// <summary>Marten's own progress row for the store's high-water mark, not a shard.</summary>
    private const string HighWaterMarkRow = "HighWaterMark";

    public static RouteGroupBuilder MapSubscriptions(this RouteGroupBuilder admin)
    {
        admin.MapGet("/subscriptions", ListAsync).RequireAuthorization(Permissions.ReadOrders);
        admin.MapPost("/subscriptions/{name}/rewind", RewindAsync)
            .Validate<RewindSubscription>()
            .RequireAuthorization(Permissions.Administer);
        return admin;
    }

    private static async Task<Ok<SubscriptionsProgress>> ListAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var progress = await store.Advanced.AllProjectionProgress(token: cancellationToken);
        var highWaterMark = progress.FirstOrDefault(row => row.ShardName == HighWaterMarkRow)?.Sequence
            ?? await store.Storage.Database.FetchHighestEventSequenceNumber(cancellationToken);
        var shards = progress
            .Where(row => row.ShardName != HighWaterMarkRow)
            .OrderBy(row => row.ShardName, StringComparer.Ordinal)
            .Select(row => new ShardLag(row.ShardName, row.Sequence, highWaterMark, Math.Max(0, highWaterMark - row.Sequence)))
            .ToList();
        return TypedResults.Ok(new SubscriptionsProgress(highWaterMark, shards));
    }

    /// <summary>
    /// Moves the subscription back so that it processes the events after the given point again (the forwarder then
    /// re-publishes them with their original message ids, which consumers absorb).
    /// </summary>
    private static async Task<Ok<SubscriptionRewound>> RewindAsync(
        string name, RewindSubscription request, IProjectionCoordinator coordinator, CancellationToken cancellationToken)
    {
        var daemon = coordinator.DaemonForMainDatabase();
        try
        {
            await daemon.RewindSubscriptionAsync(name, cancellationToken, request.ToSequence, request.ToTimestamp);
        }
        catch
        {
            // The daemon stops the subscription before it moves the progress: a failed move must not leave it
            // stopped, or the service would silently stop publishing.
            await daemon.StartAgentAsync(new ShardName(name), CancellationToken.None);
            throw;
        }

        return TypedResults.Ok(new SubscriptionRewound(name, request.ToSequence, request.ToTimestamp));
    }
}
