using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.Logging;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// The outbox of every service: a Marten subscription that publishes committed events as contract records, with
/// the event id as MessageId and the trace context of the code that appended the event. Marten stores the
/// subscription's progress after each page, so a restarted service resumes where it stopped; a page published
/// but not yet marked done is published again, which idempotent consumers absorb.
/// </summary>
public sealed class EventForwarder : SubscriptionBase
{
    public const string SubscriptionId = "EventForwarder";

    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    /// <summary>How many streams' events of a page are published at the same time.</summary>
    private const int ConcurrentStreams = 32;

    private readonly EventContractPublisher _publisher;
    private readonly IntegrationEventMap _map;
    private readonly ILogger<EventForwarder> _logger;

    public EventForwarder(EventContractPublisher publisher, IntegrationEventMap map, ILogger<EventForwarder> logger)
    {
        _publisher = publisher;
        _map = map;
        _logger = logger;
        Name = SubscriptionId;
        foreach (var eventType in map.EventTypes)
        {
            IncludeType(eventType);
        }
    }

    /// <summary>
    /// Maps the page's events to their contracts one after the other (a mapping may read the store through the one
    /// session of the page), then publishes them several at a time: the events of one stream in their order, the
    /// streams side by side, each publication awaiting the broker's confirm. Progress is stored by Marten only after
    /// the whole page went out.
    /// </summary>
    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations,
        CancellationToken cancellationToken)
    {
        var publications = new List<Publication>();
        foreach (var @event in page.Events)
        {
            if (await ToContractAsync(@event, operations, cancellationToken) is { } contract)
            {
                publications.Add(new Publication(@event, contract));
            }
        }

        var parallelism = new ParallelOptions
        {
            MaxDegreeOfParallelism = ConcurrentStreams,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(
            publications.GroupBy(publication => publication.StreamKey, StringComparer.Ordinal),
            parallelism,
            async (publicationsOfStream, token) =>
            {
                foreach (var publication in publicationsOfStream)
                {
                    await PublishUntilAcceptedAsync(publication.Event, publication.Contract, token);
                }
            });

        return NullChangeListener.Instance;
    }

    /// <summary>
    /// A mapping that fails stops the forwarder on that event (nothing of the page has gone out yet): the daemon pauses
    /// the shard with the event named, and <see cref="StoppedShardWatch"/> reports it and tries it again.
    /// </summary>
    private async Task<object?> ToContractAsync(IEvent @event, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        try
        {
            return await _map.ToContractAsync(@event, operations, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "Event {EventSequence} (id {EventId}, type {EventType}, stream {Stream}) cannot be mapped to its contract",
                @event.Sequence, @event.Id, @event.EventTypeName, @event.StreamKey ?? @event.StreamId.ToString());
            throw new ApplyEventException(@event, exception);
        }
    }

    private sealed record Publication(IEvent Event, object Contract)
    {
        public string StreamKey => Event.StreamKey ?? Event.StreamId.ToString();
    }

    /// <summary>
    /// A broker outage must not skip an event, so the forwarder keeps trying (with growing pauses) until the broker
    /// confirms the message or the service stops; progress is stored only after the whole page went out.
    /// </summary>
    private async Task PublishUntilAcceptedAsync(IEvent @event, object contract, CancellationToken cancellationToken)
    {
        var pause = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _publisher.PublishAsync(@event, contract, cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _logger.LogWarning(exception,
                    "Publishing {ContractType} of event {EventSequence} failed (attempt {Attempt}); retrying in {Pause}",
                    contract.GetType().Name, @event.Sequence, attempt, pause);
                await Task.Delay(pause, cancellationToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }
}
