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
    /// Connections each service keeps at most, unless its connection string sets a pool size. Npgsql's own default
    /// is 100: four services busy at once would ask PostgreSQL (<c>max_connections</c> 200 here) for 400, and past its
    /// limit every new connection fails. At 40 a busy service waits a moment for a free connection instead.
    /// </summary>
    public const int DefaultMaxPoolSize = 40;

    public static NpgsqlConnectionStringBuilder WithPoolLimit(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var setsPoolSize = connectionString.Contains("pool size", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("maxpoolsize", StringComparison.OrdinalIgnoreCase);
        if (!setsPoolSize)
        {
            settings.MaxPoolSize = DefaultMaxPoolSize;
        }

        return settings;
    }

    /// <summary>
    /// One node per database runs the async daemon (the event forwarder, the async projections), elected by Marten's
    /// advisory lock. When that lock's connection drops (a PostgreSQL restart), Marten's monitored lock notices it
    /// at once and the leadership poll stops the node's agents unless it takes the lock again; another node may take
    /// it in between. Both are set here rather than left to defaults: the monitor on, and a poll every second instead
    /// of five, so that a node that lost the lock stops within a second.
    /// </summary>
    private static void ConfigureDaemonLeadership(StoreOptions options)
    {
        options.Events.UseMonitoredAdvisoryLock = true;
        options.Projections.LeadershipPollingTime = 1000;
    }

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

        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(WithPoolLimit(connectionString)));
        builder.Services.AddSingleton<AdvisoryLock>();
        builder.Services.AddHostedService<OrderHistoryIndex>();
        builder.Services.AddHostedService<EventProcessingLag>();
        builder.Services.AddSingleton(
            builder.Configuration.GetSection(EventDaemonOptions.Section).Get<EventDaemonOptions>() ?? new EventDaemonOptions());
        builder.Services.AddSingleton<StoppedShards>();
        builder.Services.AddHostedService<StoppedShardWatch>();
        builder.Services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres")
            .AddCheck<StoppedShardsHealthCheck>("event-shards")
            .AddMartenAsyncDaemonHealthCheck(maxEventLag: 1000);

        builder.Services.AddHttpContextAccessor();
        return builder.Services
            .AddMarten(options =>
            {
                FulfillmentStoreOptions.Apply(options);
                ConfigureDaemonLeadership(options);
                configure(options);
            })
            .UseNpgsqlDataSource()
            .BuildSessionsWith<TracedSessionFactory>()
            .AddAsyncDaemon(DaemonMode.HotCold)
            .ApplyAllDatabaseChangesOnStartup();
    }
}
