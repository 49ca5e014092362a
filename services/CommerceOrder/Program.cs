using Fulfillment.CommerceOrder;
using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders;
using Fulfillment.ServiceDefaults;
using Fulfillment.ServiceDefaults.Errors;
using Fulfillment.ServiceDefaults.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("CommerceOrder");
builder.AddCommerceOrder();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapErrorQueueEndpoints();
app.MapOperationsEndpoints();
app.MapCatalogApi();
app.MapCommerceOrdersApi();
app.Run();
