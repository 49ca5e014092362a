using Fulfillment.OrderImport.Backfill.GetOrdersBackfills;
using Fulfillment.OrderImport.Backfill.RunOrdersBackfill;
using Fulfillment.ServiceDefaults.Workers;
using JasperFx.Events.Projections;
using Marten;

namespace Fulfillment.OrderImport.Backfill;

public static class BackfillRegistration
{
    public static IHostApplicationBuilder AddOrdersBackfill(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OrdersBackfillOptions>().Bind(builder.Configuration.GetSection(OrdersBackfillOptions.Section));
        builder.Services.ConfigureMarten(options =>
        {
            options.Projections.Add<OrdersBackfillProjection>(ProjectionLifecycle.Inline);
            options.Schema.For<OrdersBackfill>().Index(backfill => backfill.StoreId).Index(backfill => backfill.Status);
        });
        builder.Services.AddSingleton<WakeUpSignal<OrdersBackfillWorker>>();
        builder.Services.AddSingleton<OrdersBackfillRun>();
        builder.Services.AddHostedService<OrdersBackfillWorker>();
        return builder;
    }
}
