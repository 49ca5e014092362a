using Fulfillment.ServiceDefaults.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Fulfillment.ServiceDefaults.Health;

public static class HealthCheckRegistration
{
    public static IHostApplicationBuilder AddFulfillmentHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WorkerHealth>();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthEndpoints.LiveTag])
            .AddCheck<WorkerHealth>(WorkerHealth.CheckName);
        return builder;
    }
}
