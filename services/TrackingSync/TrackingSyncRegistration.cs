using FluentValidation;
using Fulfillment.ServiceDefaults.Bus;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Operations.Streams;
using Fulfillment.SpApiClient;
using Fulfillment.SpApiClient.CallFailures;
using Fulfillment.SpApiClient.OrdersV0;
using Fulfillment.TrackingSync.Confirmations;
using Fulfillment.TrackingSync.Confirmations.RequestConfirmation;
using Fulfillment.TrackingSync.Confirmations.SendConfirmations;
using Fulfillment.TrackingSync.Stores;
using Fulfillment.TrackingSync.Stores.NoteAmazonStoreChanged;
using JasperFx.Events.Projections;
using Marten;

namespace Fulfillment.TrackingSync;

public static class TrackingSyncRegistration
{
    public static IHostApplicationBuilder AddTrackingSync(this IHostApplicationBuilder builder)
    {
        builder.AddFulfillmentEventStore(options =>
            {
                options.DatabaseSchemaName = "tracking_sync";
                options.Projections.Snapshot<ShipmentConfirmation>(SnapshotLifecycle.Inline);
                options.Schema.For<ShipmentConfirmation>()
                    .Index(confirmation => confirmation.Status)
                    .Index(confirmation => confirmation.AmazonOrderId);
                options.Schema.For<AmazonStore>().UseOptimisticConcurrency(true);
            })
            .AddEventForwarder(map => map.ForwardConfirmationFacts());
        builder.AddFulfillmentBus("TrackingSync", bus =>
        {
            bus.AddConsumer<AmazonStoreChangedConsumer>();
            bus.AddConsumer<ShipmentCreatedConsumer>();
        });
        builder.Services.AddTimeTravel<ShipmentConfirmation>();
        builder.Services.AddValidatorsFromAssemblyContaining<ShipmentConfirmation>(includeInternalTypes: true);
        builder.AddSpApiClient();
        builder.AddAmazonCallFailureLog();
        builder.Services.AddSingleton<ShipmentConfirmations>();
        builder.Services.AddOptions<ConfirmationOptions>().Bind(builder.Configuration.GetSection(ConfirmationOptions.Section));
        builder.Services.AddSingleton<ConfirmationSignal>();
        builder.Services.AddSingleton<ConfirmationSender>();
        builder.Services.AddHostedService<ConfirmationWorker>();
        return builder;
    }
}
