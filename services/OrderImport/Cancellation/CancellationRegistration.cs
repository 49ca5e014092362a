using Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;
using Fulfillment.ServiceDefaults.Workers;
using Fulfillment.SpApiClient.Feeds;
using JasperFx.Events.Projections;
using Marten;

namespace Fulfillment.OrderImport.Cancellation;

public static class CancellationRegistration
{
    /// <summary>O5: an operator cancels an order through Amazon's order acknowledgement feed.</summary>
    public static IHostApplicationBuilder AddSellerCancellation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SellerCancellationOptions>().Bind(builder.Configuration.GetSection(SellerCancellationOptions.Section));
        builder.Services.ConfigureMarten(options =>
        {
            options.Projections.Add<SellerCancellationProjection>(ProjectionLifecycle.Inline);
            options.Schema.For<SellerCancellation>().Index(cancellation => cancellation.Status);
        });
        builder.Services.AddSingleton<AmazonFeeds>();
        builder.Services.AddSingleton<WakeUpSignal<SellerCancellationWorker>>();
        builder.Services.AddSingleton<SellerCancellationSubmission>();
        builder.Services.AddHostedService<SellerCancellationWorker>();
        return builder;
    }
}
