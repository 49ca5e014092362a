using System.Diagnostics;
using Marten;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// Opens lightweight sessions that write the current trace context into the headers of every event they append,
/// so that the forwarder can continue the same trace when it publishes the event.
/// </summary>
public sealed class TracedSessionFactory(IDocumentStore store) : ISessionFactory
{
    public IQuerySession QuerySession() => store.QuerySession();

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession();
        TraceContextHeaders.Stamp(session, Activity.Current);
        return session;
    }
}
