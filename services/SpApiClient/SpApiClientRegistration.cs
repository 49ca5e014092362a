using Fulfillment.SpApiClient.CallFailures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Fulfillment.SpApiClient;

public static class SpApiClientRegistration
{
    public const string HttpClientName = "sp-api";

    /// <summary>
    /// The SP-API client from the <c>SpApi</c> configuration section: Login With Amazon tokens, the usage plans and
    /// the transport. Each service adds the operations it calls on top.
    /// </summary>
    public static IHostApplicationBuilder AddSpApiClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SpApiOptions>().Bind(builder.Configuration.GetSection(SpApiOptions.Section));
        builder.Services.AddSingleton<SpApiRateLimits>();
        builder.Services.AddHttpClient(HttpClientName);
        builder.Services.AddSingleton<LwaAccessTokens>();
        builder.Services.AddSingleton<AmazonClock>();
        builder.Services.AddSingleton<SpApiTransport>();
        builder.Services.TryAddSingleton<ISpApiCallFailureRecorder, UnrecordedSpApiCallFailures>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
