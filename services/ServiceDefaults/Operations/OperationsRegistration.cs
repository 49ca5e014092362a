using FluentValidation;
using Fulfillment.ServiceDefaults.Operations.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Fulfillment.ServiceDefaults.Operations;

public static class OperationsRegistration
{
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Services.AddSingleton(new ServiceIdentity(serviceName));
        builder.Services.AddSingleton<IValidator<RewindSubscription>, RewindSubscriptionValidator>();
        return builder;
    }
}
