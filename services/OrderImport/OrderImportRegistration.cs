using FluentValidation;
using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderBlocked;
using Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderClosed;
using Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderCompleted;
using Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderCreated;
using Fulfillment.OrderImport.AmazonOrders.NoteShipmentConfirmationFailed;
using Fulfillment.OrderImport.AmazonOrders.NoteShipmentConfirmed;
using Fulfillment.OrderImport.AmazonOrders.NoteShipmentCreated;
using Fulfillment.OrderImport.Backfill;
using Fulfillment.OrderImport.Cancellation;
using Fulfillment.OrderImport.OrdersView;
using Fulfillment.OrderImport.Polling;
using Fulfillment.OrderImport.SpApi;
using Fulfillment.OrderImport.Stores;
using Fulfillment.OrderImport.Stores.AnnounceStores;
using Fulfillment.ServiceDefaults.Bus;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Operations.Streams;

namespace Fulfillment.OrderImport;

public static class OrderImportRegistration
{
    public static IHostApplicationBuilder AddOrderImport(this IHostApplicationBuilder builder)
    {
        builder.AddFulfillmentEventStore(OrderImportStore.Configure)
            .AddEventForwarder(map => map.ForwardAmazonOrderFacts().ForwardAmazonStoreChanges());
        builder.AddFulfillmentBus("OrderImport", bus =>
        {
            bus.AddConsumer<CommerceOrderBlockedConsumer>();
            bus.AddConsumer<CommerceOrderPlacedConsumer>();
            bus.AddConsumer<CommerceOrderClosedConsumer>();
            bus.AddConsumer<ShipmentCreatedConsumer>();
            bus.AddConsumer<ShipmentConfirmedConsumer>();
            bus.AddConsumer<ShipmentConfirmationFailedConsumer>();
            bus.AddConsumer<CommerceOrderCompletedConsumer>();
        });
        builder.Services.AddTimeTravel<AmazonOrder>().AddTimeTravel<AmazonStore>();
        builder.Services.AddValidatorsFromAssemblyContaining<AmazonOrder>(includeInternalTypes: true);
        builder.AddAmazonOrderReader();
        builder.AddOrderPolling();
        builder.AddOrdersBackfill();
        builder.Services.AddHostedService<StoreAnnouncement>();
        builder.Services.AddHostedService<OrdersByStatus>();
        builder.AddSellerCancellation();
        return builder;
    }
}
