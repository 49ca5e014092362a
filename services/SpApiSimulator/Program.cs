using Fulfillment.ServiceDefaults;
using Fulfillment.SpApiSimulator;

// Amazon's side for development, the demo and the tests: Login With Amazon, the Tokens API, the Orders API v0 and
// an admin API that plays Amazon (see docs/sp-api-simulator.md).
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("SpApiSimulator");
builder.AddSpApiSimulator();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapSpApiSimulator();
app.Run();
