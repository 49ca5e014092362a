using Fulfillment.CommerceOrder.CommerceOrders.GetCommerceOrder;
using Fulfillment.CommerceOrder.CommerceOrders.GetCommerceOrderProcess;
using Fulfillment.CommerceOrder.CommerceOrders.RetryBlockedOrders;
using Fulfillment.CommerceOrder.CommerceOrders.ShipCommerceOrder;

namespace Fulfillment.CommerceOrder.CommerceOrders;

public static class CommerceOrdersApi
{
    public static WebApplication MapCommerceOrdersApi(this WebApplication app)
    {
        app.MapGroup("/api/commerce/orders")
            .WithTags("Commerce orders")
            .MapGetCommerceOrder()
            .MapShipCommerceOrder();
        app.MapGroup("/api/commerce/order-processes")
            .WithTags("Commerce order processes")
            .MapGetCommerceOrderProcess()
            .MapRetryBlockedOrder();
        return app;
    }
}
