using Fulfillment.CustomerProvisioning;
using Fulfillment.CustomerProvisioning.Customers;
using Fulfillment.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("CustomerProvisioning");
builder.AddCustomerProvisioning();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapCustomersApi();
app.Run();
