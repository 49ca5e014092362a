using Fulfillment.ServiceDefaults.Bus;
using Fulfillment.ServiceDefaults.EventStore;

namespace Fulfillment.TrackingSync;

public static class TrackingSyncRegistration
{
    public static IHostApplicationBuilder AddTrackingSync(this IHostApplicationBuilder builder)
    {
        builder.AddFulfillmentEventStore(options => options.DatabaseSchemaName = "tracking_sync");
        builder.AddFulfillmentBus("TrackingSync", _ => { });
        return builder;
    }
}
