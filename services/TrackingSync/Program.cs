using Fulfillment.ServiceDefaults;
using Fulfillment.ServiceDefaults.Operations;
using Fulfillment.TrackingSync;
using Fulfillment.TrackingSync.Confirmations;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("TrackingSync");
builder.AddTrackingSync();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOperationsEndpoints();
app.MapConfirmationsApi();
app.Run();
