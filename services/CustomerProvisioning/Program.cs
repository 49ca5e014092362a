using Fulfillment.CustomerProvisioning;
using Fulfillment.CustomerProvisioning.Customers;
using Fulfillment.ServiceDefaults;
using Fulfillment.ServiceDefaults.Errors;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("CustomerProvisioning");
builder.AddCustomerProvisioning();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapErrorQueueEndpoints();
app.MapCustomersApi();
app.Run();
