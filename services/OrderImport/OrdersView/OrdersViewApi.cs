using Fulfillment.OrderImport.OrdersView.GetOrderDetails;
using Fulfillment.OrderImport.OrdersView.GetOrders;

namespace Fulfillment.OrderImport.OrdersView;

/// <summary>The Amazon orders grid (O1) and an order's details (O2).</summary>
public static class OrdersViewApi
{
    public static WebApplication MapOrdersView(this WebApplication app)
    {
        app.MapGroup("/api/orders")
            .WithTags("Orders view")
            .MapGetOrders()
            .MapGetOrderDetails();
        return app;
    }
}
