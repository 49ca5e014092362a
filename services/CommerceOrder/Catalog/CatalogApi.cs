using Fulfillment.CommerceOrder.Catalog.GetProducts;
using Fulfillment.CommerceOrder.Catalog.SaveProduct;

namespace Fulfillment.CommerceOrder.Catalog;

public static class CatalogApi
{
    public static WebApplication MapCatalogApi(this WebApplication app)
    {
        app.MapGroup("/api/catalog/products")
            .WithTags("Catalog")
            .MapSaveProduct()
            .MapGetProducts();
        return app;
    }
}
