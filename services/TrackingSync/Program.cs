using Fulfillment.TrackingSync;
using Fulfillment.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("TrackingSync");
builder.AddTrackingSync();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
