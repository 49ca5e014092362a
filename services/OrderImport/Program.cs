using Fulfillment.OrderImport;
using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Cancellation.RequestSellerCancellation;
using Fulfillment.OrderImport.OperatorsPage;
using Fulfillment.OrderImport.OperatorsPage.SignIn;
using Fulfillment.OrderImport.OrdersView;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults;
using Fulfillment.ServiceDefaults.Errors;
using Fulfillment.SpApiClient.CallFailures;
using Fulfillment.ServiceDefaults.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("OrderImport");
builder.AddOrderImport();
builder.AddOperatorsPage();

var app = builder.Build();
app.UsePageProtection();
app.MapDefaultEndpoints();
app.MapErrorQueueEndpoints();
app.MapAmazonErrorsEndpoints();
app.MapOperationsEndpoints();
app.MapAmazonOrdersApi();
app.MapAmazonStoresApi();
app.MapOrdersView();
app.MapCancelOrder();
app.MapOperatorsPage();
app.Run();
