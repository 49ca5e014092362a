using Fulfillment.OrderImport;
using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.OrdersView;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults;
using Fulfillment.ServiceDefaults.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("OrderImport");
builder.AddOrderImport();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOperationsEndpoints();
app.MapAmazonOrdersApi();
app.MapAmazonStoresApi();
app.MapOrdersView();
app.Run();
