using Fulfillment.ServiceDefaults.Health;
using Fulfillment.ServiceDefaults.Http;
using Fulfillment.ServiceDefaults.Operations;
using Fulfillment.ServiceDefaults.Security;
using Fulfillment.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Fulfillment.ServiceDefaults;

/// <summary>
/// The one place where every Fulfillment service gets its telemetry, health endpoints and HTTP error shape.
/// The bus and the event store are added separately because each service brings its own consumers and events.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.AddFulfillmentTelemetry(serviceName);
        builder.AddFulfillmentHealthChecks();
        builder.AddFulfillmentProblemDetails();
        builder.AddAccessTokenAuthentication();
        builder.AddOperations(serviceName);
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseFulfillmentProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapFulfillmentHealthEndpoints();
        app.MapFulfillmentMetrics();
        app.MapEndpointPermissions();
        return app;
    }
}
