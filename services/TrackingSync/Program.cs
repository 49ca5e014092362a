using Fulfillment.ServiceDefaults;
using Fulfillment.ServiceDefaults.Errors;
using Fulfillment.SpApiClient.CallFailures;
using Fulfillment.ServiceDefaults.Operations;
using Fulfillment.TrackingSync;
using Fulfillment.TrackingSync.Confirmations;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("TrackingSync");
builder.AddTrackingSync();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapErrorQueueEndpoints();
app.MapAmazonErrorsEndpoints();
app.MapOperationsEndpoints();
app.MapConfirmationsApi();
app.Run();
