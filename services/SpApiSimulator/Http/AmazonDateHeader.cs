using Fulfillment.SpApiSimulator.Clock;

namespace Fulfillment.SpApiSimulator.Http;

/// <summary>
/// Every answer's <c>Date</c> is Amazon's clock, as Amazon's own answers carry it: the simulator's, which the admin
/// API moves forward, not the machine's that the web server would stamp. Clients learn Amazon's time from it (the
/// two-minute rule of getOrders is by Amazon's clock).
/// </summary>
public static class AmazonDateHeader
{
    public static WebApplication UseAmazonDateHeader(this WebApplication app)
    {
        var clock = app.Services.GetRequiredService<SimulatorClock>();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                http.Response.Headers.Date = clock.GetUtcNow().ToString("R");
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
