using Fulfillment.ServiceDefaults;
using Fulfillment.TrackingSync;
using Fulfillment.TrackingSync.Confirmations;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("TrackingSync");
builder.AddTrackingSync();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapConfirmationsApi();
app.Run();
