using System.Diagnostics;
using Fulfillment.ServiceDefaults.Telemetry;
using JasperFx.Events;
using MassTransit;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// Publishes the contract of one committed event the way every publication of an event must go out: MessageId =
/// event id (what makes consumers' deduplication work) and the trace of the code that appended the event. Used by
/// the forwarder and by the operators' re-publish.
/// </summary>
public sealed class EventContractPublisher(IBus bus)
{
    private static readonly ActivitySource Source = new(FulfillmentTelemetry.SourceName);

    public async Task PublishAsync(IEvent @event, object contract, CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity(
            $"forward {contract.GetType().Name}", ActivityKind.Producer,
            TraceContextHeaders.Restore(@event) ?? default);
        activity?.SetTag("fulfillment.stream_key", @event.StreamKey);
        activity?.SetTag("fulfillment.event_sequence", @event.Sequence);
        MessageOrderTags.Tag(activity, contract);
        try
        {
            await bus.Publish(contract, context => context.MessageId = @event.Id, cancellationToken);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            throw;
        }
    }
}
