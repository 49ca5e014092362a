using Fulfillment.CustomerProvisioning;
using Fulfillment.CustomerProvisioning.Customers;
using Fulfillment.ServiceDefaults;
using Fulfillment.ServiceDefaults.Errors;
using Fulfillment.ServiceDefaults.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("CustomerProvisioning");
builder.AddCustomerProvisioning();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapErrorQueueEndpoints();
app.MapOperationsEndpoints();
app.MapCustomersApi();
app.Run();
