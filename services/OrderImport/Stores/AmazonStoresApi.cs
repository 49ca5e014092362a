using Fulfillment.OrderImport.Backfill.GetOrdersBackfills;
using Fulfillment.OrderImport.Backfill.RequestOrdersBackfill;
using Fulfillment.OrderImport.Stores.ChangeOrderSettings;
using Fulfillment.OrderImport.Stores.ConnectAmazonStore;
using Fulfillment.OrderImport.Stores.GetAmazonStores;
using Fulfillment.OrderImport.Stores.GetStoreHistory;

namespace Fulfillment.OrderImport.Stores;

public static class AmazonStoresApi
{
    public static WebApplication MapAmazonStoresApi(this WebApplication app)
    {
        app.MapGroup("/api/stores")
            .WithTags("Amazon stores")
            .MapConnectAmazonStore()
            .MapChangeOrderSettings()
            .MapGetAmazonStores()
            .MapGetStoreHistory()
            .MapRequestOrdersBackfill()
            .MapGetOrdersBackfills();
        return app;
    }
}
