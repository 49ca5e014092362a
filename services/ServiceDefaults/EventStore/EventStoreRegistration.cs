using Fulfillment.ServiceDefaults.Health;
using Fulfillment.ServiceDefaults.Operations.History;
using Fulfillment.ServiceDefaults.Telemetry;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events.Daemon;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Fulfillment.ServiceDefaults.EventStore;

public static class EventStoreRegistration
{
    /// <summary>
    /// The service's own Marten event store: its own database (<c>ConnectionStrings__Postgres</c>), the options every
    /// store shares (<see cref="FulfillmentStoreOptions"/>) then the service's own, the async daemon in HotCold mode
    /// (one active node per database), sessions stamped with the caller's trace context.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddFulfillmentEventStore(
        this IHostApplicationBuilder builder, Action<StoreOptions> configure)
    {
        var connectionString = builder.Configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Configuration 'ConnectionStrings:Postgres' (environment ConnectionStrings__Postgres) is missing: " +
                "the connection string of this service's own database.");
        }

        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton<AdvisoryLock>();
        builder.Services.AddHostedService<OrderHistoryIndex>();
        builder.Services.AddHostedService<EventProcessingLag>();
        builder.Services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres")
            .AddMartenAsyncDaemonHealthCheck(maxEventLag: 1000);

        return builder.Services
            .AddMarten(options =>
            {
                FulfillmentStoreOptions.Apply(options);
                configure(options);
            })
            .UseNpgsqlDataSource()
            .BuildSessionsWith<TracedSessionFactory>()
            .AddAsyncDaemon(DaemonMode.HotCold)
            .ApplyAllDatabaseChangesOnStartup();
    }
}
