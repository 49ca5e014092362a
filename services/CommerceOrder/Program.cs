using Fulfillment.CommerceOrder;
using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders;
using Fulfillment.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("CommerceOrder");
builder.AddCommerceOrder();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapCatalogApi();
app.MapCommerceOrdersApi();
app.Run();
