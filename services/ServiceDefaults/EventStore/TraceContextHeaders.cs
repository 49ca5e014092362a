using System.Diagnostics;
using JasperFx.Events;
using Marten;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>W3C trace context carried in Marten event headers.</summary>
public static class TraceContextHeaders
{
    public const string TraceParent = "traceparent";
    public const string TraceState = "tracestate";

    public static void Stamp(IDocumentSession session, Activity? activity)
    {
        if (activity?.Id is not { } traceParent || activity.IdFormat != ActivityIdFormat.W3C)
        {
            return;
        }

        session.SetHeader(TraceParent, traceParent);
        if (activity.TraceStateString is { } traceState)
        {
            session.SetHeader(TraceState, traceState);
        }
    }

    public static ActivityContext? Restore(IEvent @event)
    {
        var traceParent = ReadHeader(@event, TraceParent);
        return traceParent is not null
            && ActivityContext.TryParse(traceParent, ReadHeader(@event, TraceState), out var context)
                ? context
                : null;
    }

    private static string? ReadHeader(IEvent @event, string key) =>
        @event.Headers is { } headers && headers.TryGetValue(key, out var value) ? value?.ToString() : null;
}
