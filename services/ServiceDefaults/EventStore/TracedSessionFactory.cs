using System.Diagnostics;
using Fulfillment.ServiceDefaults.Security;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// Opens lightweight sessions that write the current trace context into the headers of every event they append,
/// so that the forwarder can continue the same trace when it publishes the event, and, for a session opened while
/// serving a call, who made the call (X4).
/// </summary>
public sealed class TracedSessionFactory(IDocumentStore store, IHttpContextAccessor calls) : ISessionFactory
{
    public IQuerySession QuerySession() => store.QuerySession();

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession();
        TraceContextHeaders.Stamp(session, Activity.Current);
        ActorHeader.Stamp(session, CallerClaims.Describe(calls.HttpContext?.User));
        return session;
    }
}
