using Fulfillment.OrderImport.SpApi.OrdersV0;
using Fulfillment.SpApiClient;
using Fulfillment.SpApiClient.CallFailures;

namespace Fulfillment.OrderImport.SpApi;

public static class SpApiRegistration
{
    /// <summary>The shared SP-API client with what OrderImport reads through it: restricted data and orders.</summary>
    public static IHostApplicationBuilder AddAmazonOrderReader(this IHostApplicationBuilder builder)
    {
        builder.AddSpApiClient();
        builder.AddAmazonCallFailureLog();
        builder.Services.AddSingleton<RestrictedDataTokens>();
        builder.Services.AddSingleton<IAmazonOrderReader, OrdersV0Reader>();
        return builder;
    }
}
