using JasperFx.Events;
using Marten;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// Which committed domain events a service publishes, and as which contract record. An event type without a
/// mapping, or a mapping that answers null, stays inside the service. A mapping may read the service's own store
/// (e.g. the stream's state as of the event) to fill the contract.
/// </summary>
public sealed class IntegrationEventMap
{
    private readonly Dictionary<Type, Func<IEvent, IQuerySession, CancellationToken, Task<object?>>> _mappings = [];

    public IReadOnlyCollection<Type> EventTypes => _mappings.Keys;

    public IntegrationEventMap Forward<TEvent>(Func<IEvent<TEvent>, object?> toContract) where TEvent : notnull =>
        Forward<TEvent>((@event, _, _) => Task.FromResult(toContract(@event)));

    public IntegrationEventMap Forward<TEvent>(
        Func<IEvent<TEvent>, IQuerySession, CancellationToken, Task<object?>> toContract) where TEvent : notnull
    {
        _mappings[typeof(TEvent)] = (@event, session, cancellationToken) =>
            toContract((IEvent<TEvent>)@event, session, cancellationToken);
        return this;
    }

    public Task<object?> ToContractAsync(IEvent @event, IQuerySession session, CancellationToken cancellationToken) =>
        _mappings.TryGetValue(@event.EventType, out var toContract)
            ? toContract(@event, session, cancellationToken)
            : Task.FromResult<object?>(null);
}
