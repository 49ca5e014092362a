using Fulfillment.TrackingSync.Confirmations.GetConfirmations;
using Fulfillment.TrackingSync.Confirmations.RetryConfirmation;

namespace Fulfillment.TrackingSync.Confirmations;

public static class ConfirmationsApi
{
    public static WebApplication MapConfirmationsApi(this WebApplication app)
    {
        app.MapGroup("/api/tracking/confirmations")
            .WithTags("Shipment confirmations")
            .MapGetConfirmations()
            .MapRetryConfirmation();
        return app;
    }
}
