using Fulfillment.ServiceDefaults.Operations.History;
using Fulfillment.ServiceDefaults.Operations.Projections;
using Fulfillment.ServiceDefaults.Operations.Streams;
using Fulfillment.ServiceDefaults.Operations.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Fulfillment.ServiceDefaults.Operations;

/// <summary>
/// The operators' tools every service has under <c>/admin</c> (O2 history, O3 rebuild, time travel, re-publish,
/// forwarder progress). Reading needs <c>orders.read</c>; rebuild, re-publish and rewind need <c>fulfillment.admin</c>.
/// </summary>
public static class OperationsEndpoints
{
    public static WebApplication MapOperationsEndpoints(this WebApplication app)
    {
        var admin = app.MapGroup("/admin");
        admin.MapOrderHistory();
        admin.MapProjections();
        admin.MapStreams();
        admin.MapSubscriptions();
        return app;
    }
}
