using Fulfillment.ServiceDefaults.Bus;
using Fulfillment.ServiceDefaults.EventStore;

namespace Fulfillment.CustomerProvisioning;

public static class CustomerProvisioningRegistration
{
    public static IHostApplicationBuilder AddCustomerProvisioning(this IHostApplicationBuilder builder)
    {
        builder.AddFulfillmentEventStore(options => options.DatabaseSchemaName = "customer_provisioning");
        builder.AddFulfillmentBus(_ => { });
        return builder;
    }
}
