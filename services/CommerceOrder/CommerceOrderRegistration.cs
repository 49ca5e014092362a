using Fulfillment.CommerceOrder.CommerceOrders.NoteAmazonOrderPending;
using Fulfillment.ServiceDefaults.Bus;
using Fulfillment.ServiceDefaults.EventStore;

namespace Fulfillment.CommerceOrder;

public static class CommerceOrderRegistration
{
    public static IHostApplicationBuilder AddCommerceOrder(this IHostApplicationBuilder builder)
    {
        builder.AddFulfillmentEventStore(options => options.DatabaseSchemaName = "commerce_order");
        builder.AddFulfillmentBus(bus => bus.AddConsumer<OrderPendingConsumer>());
        return builder;
    }
}
