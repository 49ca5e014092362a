using Fulfillment.OrderImport.Stores.ChangeOrderSettings;
using Fulfillment.OrderImport.Stores.ConnectAmazonStore;
using Fulfillment.OrderImport.Stores.GetAmazonStores;

namespace Fulfillment.OrderImport.Stores;

public static class AmazonStoresApi
{
    public static WebApplication MapAmazonStoresApi(this WebApplication app)
    {
        app.MapGroup("/api/stores")
            .WithTags("Amazon stores")
            .MapConnectAmazonStore()
            .MapChangeOrderSettings()
            .MapGetAmazonStores();
        return app;
    }
}
