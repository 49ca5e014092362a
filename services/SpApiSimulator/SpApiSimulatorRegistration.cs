using FluentValidation;
using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Admin;
using Fulfillment.SpApiSimulator.Clock;
using Fulfillment.SpApiSimulator.Configuration;
using Fulfillment.SpApiSimulator.Demo;
using Fulfillment.SpApiSimulator.Faults;
using Fulfillment.SpApiSimulator.FeedsApi;
using Fulfillment.SpApiSimulator.FeedsApi.OrderAcknowledgement;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Lwa;
using Fulfillment.SpApiSimulator.ModelFiles;
using Fulfillment.SpApiSimulator.Orders;
using Fulfillment.SpApiSimulator.OrdersApi;
using Fulfillment.SpApiSimulator.Persistence;
using Fulfillment.SpApiSimulator.Pipeline;
using Fulfillment.SpApiSimulator.RateLimiting;
using Fulfillment.SpApiSimulator.Sandbox;
using Fulfillment.SpApiSimulator.TokensApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiSimulator;

public static class SpApiSimulatorRegistration
{
    public static IHostApplicationBuilder AddSpApiSimulator(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SpApiSimulatorOptions>().BindConfiguration(SpApiSimulatorOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SpApiSimulatorOptions>, SpApiSimulatorOptionsValidator>();

        // Every part of the simulator reads Amazon's clock, which the admin API can move forward.
        services.AddSingleton<SimulatorClock>();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(provider => provider.GetRequiredService<SimulatorClock>()));

        // The models travel with the build output (see the project file); reading them fails the start, not a request.
        services.AddSingleton(_ => SpApiModel.Load(Path.Combine(AppContext.BaseDirectory, "Models")));
        services.AddSingleton(provider => new UsagePlans(
            provider.GetRequiredService<SpApiModel>(), provider.GetRequiredService<IOptions<SpApiSimulatorOptions>>().Value.RateLimits));
        services.AddSingleton<SandboxExamples>();
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<SimulatorStateDatabase>();
        services.AddSingleton<SimulatorStateWriter>();
        services.AddSingleton<SimulatorStateLoader>();
        services.AddSingleton<IssuedTokens>();
        services.AddSingleton<AccessCheck>();
        services.AddSingleton<RequestCounters>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<OrderBook>();
        services.AddSingleton<AmazonIds>();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.AddHostedService<DemoOrderStream>();
        services.AddSingleton<FeedStore>();
        services.AddSingleton<OrderAcknowledgementProcessor>();
        services.AddValidatorsFromAssemblyContaining<OrderBook>(includeInternalTypes: true);
        return builder;
    }

    public static WebApplication MapSpApiSimulator(this WebApplication app)
    {
        KeepStateAcrossRestarts(app);
        app.UseAmazonDateHeader();
        app.UseStateCommittedBeforeAnswer();
        app.MapLwaTokenEndpoint();
        app.MapTokensApi();
        app.MapOrdersApi();
        app.MapFeedsApi();
        app.MapSimulatorAdminApi();
        DescribeStart(app);
        return app;
    }

    /// <summary>
    /// Amazon's side is read back before the first request and written until the web server has stopped, so that
    /// `down` then `up` find it as it was (see docs/sp-api-simulator.md).
    /// </summary>
    private static void KeepStateAcrossRestarts(WebApplication app)
    {
        app.Services.GetRequiredService<SimulatorStateLoader>().LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        var writer = app.Services.GetRequiredService<SimulatorStateWriter>();
        writer.Start();
        app.Lifetime.ApplicationStopped.Register(() => writer.StopAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult());
    }

    // Resolving the model-based services here makes a missing model or a bad rate override stop the start.
    private static void DescribeStart(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SpApiSimulatorOptions>>().Value;
        var plans = app.Services.GetRequiredService<UsagePlans>();
        app.Services.GetRequiredService<SandboxExamples>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Fulfillment.SpApiSimulator");
        if (!options.Lwa.IsConfigured)
        {
            logger.LogWarning(
                "No LWA client is configured (SpApiSimulator:Lwa:ClientId and ClientSecret): every token request is refused.");
        }

        logger.LogInformation(
            "SP-API simulator serving {SellerCount} seller(s); usage plans: {UsagePlans}",
            options.Sellers.Count,
            string.Join(", ", plans.All.OrderBy(plan => plan.Key, StringComparer.Ordinal)
                .Select(plan => $"{plan.Key} {plan.Value.RateLimitHeader}/s burst {plan.Value.Burst}")));
    }
}
