using Fulfillment.OrderImport.SpApi.OrdersV0;

namespace Fulfillment.OrderImport.SpApi;

public static class SpApiRegistration
{
    public const string HttpClientName = "sp-api";

    public static IHostApplicationBuilder AddSpApiClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SpApiOptions>().Bind(builder.Configuration.GetSection(SpApiOptions.Section));
        builder.Services.AddSingleton<SpApiRateLimits>();
        builder.Services.AddHttpClient(HttpClientName);
        builder.Services.AddSingleton<LwaAccessTokens>();
        builder.Services.AddSingleton<SpApiTransport>();
        builder.Services.AddSingleton<RestrictedDataTokens>();
        builder.Services.AddSingleton<IAmazonOrderReader, OrdersV0Reader>();
        return builder;
    }
}
