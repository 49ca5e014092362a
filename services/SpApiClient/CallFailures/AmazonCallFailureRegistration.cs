using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Fulfillment.SpApiClient.CallFailures;

public static class AmazonCallFailureRegistration
{
    /// <summary>
    /// Failed SP-API calls kept in the service's own Marten store (which the service must have added) and listed by
    /// <see cref="AmazonErrorsEndpoints.MapAmazonErrorsEndpoints"/>.
    /// </summary>
    public static IHostApplicationBuilder AddAmazonCallFailureLog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AmazonCallFailureOptions>()
            .Bind(builder.Configuration.GetSection(AmazonCallFailureOptions.Section));
        builder.Services.ConfigureMarten(options => options.Schema.For<AmazonCallFailure>()
            .Index(failure => failure.At)
            .Index(failure => failure.StoreId));
        builder.Services.AddSingleton<ISpApiCallFailureRecorder, MartenAmazonCallFailureLog>();
        return builder;
    }
}
