using Fulfillment.ServiceDefaults;

// Amazon's side for development, the demo and the tests; the Orders API and LWA endpoints come with the simulator itself.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("SpApiSimulator");

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
