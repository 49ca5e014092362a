using FluentValidation;
using Fulfillment.CustomerProvisioning.Customers;
using Fulfillment.CustomerProvisioning.Customers.ProvisionCustomerAccount;
using Fulfillment.ServiceDefaults.Bus;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Operations.Streams;
using JasperFx.Events.Projections;

namespace Fulfillment.CustomerProvisioning;

public static class CustomerProvisioningRegistration
{
    public static IHostApplicationBuilder AddCustomerProvisioning(this IHostApplicationBuilder builder)
    {
        builder.AddFulfillmentEventStore(options =>
        {
            options.DatabaseSchemaName = "customer_provisioning";
            options.Projections.Snapshot<Customer>(SnapshotLifecycle.Inline);
            // Unique: a customer id names exactly one customer, which GET /api/customers/{id} relies on.
            options.Schema.For<Customer>().UniqueIndex(customer => customer.CustomerId);
            options.Schema.For<CustomerPersonalData>();
            options.AddCustomerIdSequence();
        });
        builder.AddFulfillmentBus("CustomerProvisioning", bus => bus.AddConsumer<ProvisionCustomerConsumer>());
        builder.Services.AddTimeTravel<Customer>();
        builder.Services.AddValidatorsFromAssemblyContaining<Customer>(includeInternalTypes: true);
        return builder;
    }
}
