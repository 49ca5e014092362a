using FluentValidation;
using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders;
using Fulfillment.CommerceOrder.CommerceOrders.CancelCommerceOrder;
using Fulfillment.CommerceOrder.CommerceOrders.NoteAmazonOrderPending;
using Fulfillment.CommerceOrder.CommerceOrders.PlaceCommerceOrder;
using Fulfillment.CommerceOrder.CommerceOrders.RetryBlockedOrders;
using Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;
using Fulfillment.CommerceOrder.Websites;
using Fulfillment.ServiceDefaults.Bus;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Operations.Streams;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.CommerceOrder;

public static class CommerceOrderRegistration
{
    public static IHostApplicationBuilder AddCommerceOrder(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CommerceWebsites>()
            .Bind(builder.Configuration.GetSection(CommerceWebsites.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CommerceWebsites>, CommerceWebsitesValidation>();
        builder.Services.AddOptions<BlockedOrderSweepOptions>()
            .Bind(builder.Configuration.GetSection(BlockedOrderSweepOptions.SectionName));

        builder.AddFulfillmentEventStore(options =>
            {
                options.DatabaseSchemaName = "commerce_order";
                options.Projections.Snapshot<Product>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<CommerceOrderProcess>(SnapshotLifecycle.Inline);
                options.Schema.For<CommerceOrderProcess>()
                    .Index(process => process.Stage)
                    .Index(process => process.Placement!.IncrementId);
                options.Schema.For<CommerceOrderPersonalData>();
                options.Storage.ExtendedSchemaObjects.Add(OrderNumbers.Sequence);
            })
            .AddEventForwarder(map => map.ForwardCommerceOrderFacts())
            .AddSubscriptionWithServices<BlockedOrdersOnCatalogChange>(ServiceLifetime.Singleton);
        builder.AddFulfillmentBus("CommerceOrder", bus =>
        {
            bus.AddConsumer<OrderPendingConsumer>();
            bus.AddConsumer<OrderUnshippedConsumer>();
            bus.AddConsumer<OrderShippedConsumer>();
            bus.AddConsumer<CustomerProvisionedConsumer>();
            bus.AddConsumer<OrderCanceledConsumer>();
        });
        builder.Services.AddTimeTravel<CommerceOrderProcess>().AddTimeTravel<Product>();
        builder.Services.AddValidatorsFromAssemblyContaining<CommerceOrderProcess>(includeInternalTypes: true);
        builder.Services.AddScoped<VerifiedOrderHandler>();
        builder.Services.AddSingleton<OrderNumbers>();
        builder.Services.AddSingleton<BlockedOrderRetry>();
        builder.Services.AddHostedService<BlockedOrderSweep>();
        return builder;
    }
}
