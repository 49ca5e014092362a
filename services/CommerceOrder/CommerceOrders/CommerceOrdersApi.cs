using Fulfillment.CommerceOrder.CommerceOrders.GetCommerceOrderProcess;

namespace Fulfillment.CommerceOrder.CommerceOrders;

public static class CommerceOrdersApi
{
    public static WebApplication MapCommerceOrdersApi(this WebApplication app)
    {
        app.MapGroup("/api/commerce/order-processes")
            .WithTags("Commerce order processes")
            .MapGetCommerceOrderProcess();
        return app;
    }
}
