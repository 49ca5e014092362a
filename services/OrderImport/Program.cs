using Fulfillment.OrderImport;
using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.OperatorsPage;
using Fulfillment.OrderImport.OrdersView;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("OrderImport");
builder.AddOrderImport();
builder.AddOperatorsPage();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapAmazonOrdersApi();
app.MapAmazonStoresApi();
app.MapOrdersView();
app.MapOperatorsPage();
app.Run();
