using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Security;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fulfillment.ServiceDefaults.Operations.Streams;

public sealed record StreamEvent(long Version, long Sequence, string EventType, DateTimeOffset Timestamp, object Data);

/// <summary>A stream up to a version or moment, and its aggregate as it stood then (null when none is registered).</summary>
public sealed record StreamAsItStood(
    string StreamKey, long Version, string? Aggregate, object? State, IReadOnlyList<StreamEvent> Events);

public sealed record RepublishedContract(long Sequence, Guid MessageId, string ContractType, object Contract);

public static class StreamEndpoints
{
    public static RouteGroupBuilder MapStreams(this RouteGroupBuilder admin)
    {
        admin.MapGet("/streams/{streamKey}", GetAsync).RequireAuthorization(Permissions.ReadOrders);
        admin.MapPost("/streams/{streamKey}/republish", RepublishAsync).RequireAuthorization(Permissions.Administer);
        return admin;
    }

    /// <summary>Time travel (O3): <c>?version=N</c> or <c>?at=timestamp</c>; neither is the stream as it is now.</summary>
    private static async Task<Results<Ok<StreamAsItStood>, NotFound<string>>> GetAsync(
        string streamKey, long? version, DateTimeOffset? at, string? aggregate, IQuerySession session,
        IEnumerable<TimeTravelAggregate> aggregates, IDocumentStore store, NpgsqlDataSource dataSource,
        CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(streamKey, version ?? 0, at, token: cancellationToken);
        if (events.Count == 0)
        {
            return TypedResults.NotFound($"No events of stream {streamKey} up to there.");
        }

        var chosen = await ChooseAggregateAsync(streamKey, aggregate, aggregates.ToList(), store, dataSource, cancellationToken);
        var state = chosen is null
            ? null
            : await chosen.AggregateAsync(session, streamKey, events[^1].Version, null, cancellationToken);
        return TypedResults.Ok(new StreamAsItStood(
            streamKey, events[^1].Version, chosen?.Name, state,
            events.Select(@event => new StreamEvent(@event.Version, @event.Sequence, @event.EventTypeName, @event.Timestamp, @event.Data)).ToList()));
    }

    /// <summary>
    /// Runs the forwarder's mapping over the stream's events again and publishes each contract with MessageId =
    /// event id, as the forwarder did: consumers recognise the copies and change nothing.
    /// </summary>
    private static async Task<Results<Ok<List<RepublishedContract>>, NotFound<string>>> RepublishAsync(
        string streamKey, IQuerySession session, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<IntegrationEventMap>() is not { } map)
        {
            return TypedResults.NotFound("This service publishes no events.");
        }

        var events = await session.Events.FetchStreamAsync(streamKey, token: cancellationToken);
        if (events.Count == 0)
        {
            return TypedResults.NotFound($"There is no stream {streamKey}.");
        }

        var publisher = services.GetRequiredService<EventContractPublisher>();
        var published = new List<RepublishedContract>();
        foreach (var @event in events)
        {
            if (await map.ToContractAsync(@event, session, cancellationToken) is { } contract)
            {
                await publisher.PublishAsync(@event, contract, cancellationToken);
                published.Add(new RepublishedContract(@event.Sequence, @event.Id, contract.GetType().Name, contract));
            }
        }

        return TypedResults.Ok(published);
    }

    private static async Task<TimeTravelAggregate?> ChooseAggregateAsync(
        string streamKey, string? requested, IReadOnlyList<TimeTravelAggregate> aggregates, IDocumentStore store,
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (requested is not null)
        {
            return aggregates.FirstOrDefault(aggregate => string.Equals(aggregate.Name, requested, StringComparison.OrdinalIgnoreCase));
        }

        if (aggregates.Count <= 1)
        {
            return aggregates.FirstOrDefault();
        }

        await using var command = dataSource.CreateCommand(
            $"select type from {store.Options.Events.DatabaseSchemaName}.mt_streams where id = $1");
        command.Parameters.AddWithValue(streamKey);
        var streamType = await command.ExecuteScalarAsync(cancellationToken) as string;
        return aggregates.FirstOrDefault(aggregate => aggregate.Builds(streamType)) ?? aggregates[0];
    }
}
