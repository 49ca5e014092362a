using Fulfillment.ServiceDefaults.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Fulfillment.ServiceDefaults.Telemetry;

public static class FulfillmentTelemetry
{
    /// <summary>Activity source and meter of Fulfillment's own spans and instruments (forwarding, importing, confirming).</summary>
    public const string SourceName = "Fulfillment";

    public static IHostApplicationBuilder AddFulfillmentTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddProcessor(new OrderTagInheritance())
                .AddSource(SourceName)
                .AddSource("MassTransit")
                .AddSource("Marten")
                .AddNpgsql()
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context => !HealthEndpoints.IsHealthRequest(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(SourceName)
                .AddMeter("MassTransit")
                .AddMeter("Marten")
                .AddNpgsqlInstrumentation()
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());

        // The standard OTEL_EXPORTER_OTLP_* variables configure the exporter; without an endpoint nothing is exported.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// <c>GET /metrics</c> in Prometheus' text format, without authentication: every metric is tagged with
    /// operations, outcomes, stores, statuses and queue names only, never with personal data or credentials.
    /// </summary>
    public static WebApplication MapFulfillmentMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint().AllowAnonymous();
        return app;
    }
}
