namespace Fulfillment.OrderImport.SpApi;

public static class SpApiRegistration
{
    public static IHostApplicationBuilder AddSpApiClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SpApiOptions>().Bind(builder.Configuration.GetSection(SpApiOptions.Section));
        builder.Services.AddSingleton<SpApiRateLimits>();
        builder.Services.AddHttpClient<LwaAccessTokens>();
        builder.Services.AddHttpClient<SpApiTransport>();
        return builder;
    }
}
