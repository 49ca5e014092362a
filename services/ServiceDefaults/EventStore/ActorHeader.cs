using JasperFx.Events;
using Marten;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// Who made the call that appended an event (X4): <c>person:&lt;name&gt;</c> or <c>machine:&lt;client id&gt;</c>, in the
/// event's <c>actor</c> header. Events appended by the workflow itself (a consumer, a poll) carry none.
/// </summary>
public static class ActorHeader
{
    public const string Key = "actor";

    public static void Stamp(IDocumentSession session, string? actor)
    {
        if (actor is not null)
        {
            session.SetHeader(Key, actor);
        }
    }

    public static string? Of(IEvent @event) =>
        @event.Headers is { } headers && headers.TryGetValue(Key, out var value) ? value?.ToString() : null;
}
