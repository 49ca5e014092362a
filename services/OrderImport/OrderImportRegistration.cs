using FluentValidation;
using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.ServiceDefaults.Bus;
using Fulfillment.ServiceDefaults.EventStore;

namespace Fulfillment.OrderImport;

public static class OrderImportRegistration
{
    public static IHostApplicationBuilder AddOrderImport(this IHostApplicationBuilder builder)
    {
        builder.AddFulfillmentEventStore(options => options.DatabaseSchemaName = "order_import")
            .AddEventForwarder(map => map.ForwardAmazonOrderFacts());
        builder.AddFulfillmentBus(_ => { });
        builder.Services.AddValidatorsFromAssemblyContaining<AmazonOrder>(includeInternalTypes: true);
        return builder;
    }
}
