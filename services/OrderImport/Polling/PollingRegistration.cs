namespace Fulfillment.OrderImport.Polling;

public static class PollingRegistration
{
    public static IHostApplicationBuilder AddOrderPolling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OrderPollingOptions>().Bind(builder.Configuration.GetSection(OrderPollingOptions.Section));
        builder.Services.AddSingleton<AmazonOrderImporter>();
        builder.Services.AddSingleton<ListingsSeen>();
        builder.Services.AddSingleton<StoreOrderPoll>();
        builder.Services.AddHostedService<StoreOrderPoller>();
        return builder;
    }
}
