using Fulfillment.OrderImport.AmazonOrders.GetAmazonOrder;
using Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;

namespace Fulfillment.OrderImport.AmazonOrders;

public static class AmazonOrdersApi
{
    public static WebApplication MapAmazonOrdersApi(this WebApplication app)
    {
        app.MapGroup("/api/amazon-orders")
            .WithTags("Amazon orders")
            .MapImportAmazonOrder()
            .MapGetAmazonOrder();
        return app;
    }
}
