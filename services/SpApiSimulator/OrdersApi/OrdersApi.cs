using Fulfillment.SpApiSimulator.OrdersApi.ConfirmShipment;
using Fulfillment.SpApiSimulator.OrdersApi.GetOrder;
using Fulfillment.SpApiSimulator.OrdersApi.GetOrderAddress;
using Fulfillment.SpApiSimulator.OrdersApi.GetOrderBuyerInfo;
using Fulfillment.SpApiSimulator.OrdersApi.GetOrderItems;
using Fulfillment.SpApiSimulator.OrdersApi.GetOrders;
using Fulfillment.SpApiSimulator.OrdersApi.SandboxOnly;
using Fulfillment.SpApiSimulator.Pipeline;

namespace Fulfillment.SpApiSimulator.OrdersApi;

/// <summary>Amazon's Orders API v0, at the paths of <c>Models/ordersV0.json</c>.</summary>
public static class OrdersApi
{
    public static WebApplication MapOrdersApi(this WebApplication app)
    {
        app.MapGroup("/orders/v0/orders")
            .WithTags("Orders API v0")
            // Amazon's own API: it authenticates callers with Login With Amazon access tokens, as Amazon does.
            .AllowAnonymous()
            .AddEndpointFilter<SpApiOperationFilter>()
            .MapGetOrders()
            .MapGetOrder()
            .MapGetOrderItems()
            .MapGetOrderBuyerInfo()
            .MapGetOrderAddress()
            .MapConfirmShipment()
            .MapSandboxOnlyOperations();
        return app;
    }
}
