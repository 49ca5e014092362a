using Fulfillment.OrderImport.OrdersView.GetOrders;

namespace Fulfillment.OrderImport.OrdersView;

/// <summary>The Amazon orders grid (O1).</summary>
public static class OrdersViewApi
{
    public static WebApplication MapOrdersView(this WebApplication app)
    {
        app.MapGroup("/api/orders")
            .WithTags("Orders view")
            .MapGetOrders();
        return app;
    }
}
