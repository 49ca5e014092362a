using JasperFx.Events;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// Which committed domain events a service publishes, and as which contract record. An event type without a
/// mapping, or a mapping that answers null, stays inside the service.
/// </summary>
public sealed class IntegrationEventMap
{
    private readonly Dictionary<Type, Func<IEvent, object?>> _mappings = [];

    public IReadOnlyCollection<Type> EventTypes => _mappings.Keys;

    public IntegrationEventMap Forward<TEvent>(Func<IEvent<TEvent>, object?> toContract) where TEvent : notnull
    {
        _mappings[typeof(TEvent)] = @event => toContract((IEvent<TEvent>)@event);
        return this;
    }

    public object? ToContract(IEvent @event) =>
        _mappings.TryGetValue(@event.EventType, out var toContract) ? toContract(@event) : null;
}
