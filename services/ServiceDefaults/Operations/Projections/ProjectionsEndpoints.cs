using System.Diagnostics;
using Fulfillment.ServiceDefaults.Security;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Fulfillment.ServiceDefaults.Operations.Projections;

public sealed record ProjectionInfo(string Name, string Lifecycle, IReadOnlyList<ShardProgress> Shards);

public sealed record ShardProgress(string ShardName, long Sequence);

public sealed record ProjectionRebuilt(string Projection, long Events, double Seconds);

public static class ProjectionsEndpoints
{
    /// <summary>Long enough for a few million events on one node; the call answers only when the rebuild is done.</summary>
    private static readonly TimeSpan RebuildTimeout = TimeSpan.FromMinutes(30);

    public static RouteGroupBuilder MapProjections(this RouteGroupBuilder admin)
    {
        admin.MapGet("/projections", ListAsync).RequireAuthorization(Permissions.ReadOrders);
        admin.MapPost("/projections/{name}/rebuild", RebuildAsync).RequireAuthorization(Permissions.Administer);
        return admin;
    }

    private static async Task<Ok<List<ProjectionInfo>>> ListAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var progress = await store.Advanced.AllProjectionProgress(token: cancellationToken);
        var projections = ((DocumentStore)store).Options.Projections.All
            .Select(projection => new ProjectionInfo(
                projection.Name,
                projection.Lifecycle.ToString(),
                progress
                    .Where(shard => shard.ShardName.StartsWith(projection.Name + ":", StringComparison.Ordinal))
                    .Select(shard => new ShardProgress(shard.ShardName, shard.Sequence))
                    .ToList()))
            .ToList();
        return TypedResults.Ok(projections);
    }

    /// <summary>
    /// Replays every event through the projection with the async daemon of this node (inline projections too: the
    /// daemon deletes the projected documents and rebuilds them), then answers how many events were replayed.
    /// </summary>
    private static async Task<Results<Ok<ProjectionRebuilt>, NotFound<string>>> RebuildAsync(
        string name, IDocumentStore store, IProjectionCoordinator coordinator, CancellationToken cancellationToken)
    {
        var names = ((DocumentStore)store).Options.Projections.All.Select(projection => projection.Name).ToList();
        if (!names.Contains(name))
        {
            return TypedResults.NotFound($"This service has no projection named {name}; it has {string.Join(", ", names)}.");
        }

        var events = await store.Storage.Database.FetchHighestEventSequenceNumber(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        await coordinator.DaemonForMainDatabase().RebuildProjectionAsync(name, RebuildTimeout, cancellationToken);
        return TypedResults.Ok(new ProjectionRebuilt(name, events, stopwatch.Elapsed.TotalSeconds));
    }
}
