using FluentValidation;
using Fulfillment.ServiceDefaults.Errors;
using Fulfillment.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fulfillment.ServiceDefaults.Bus;

public static class BusRegistration
{
    /// <summary>
    /// MassTransit over RabbitMQ with kebab-case endpoint names prefixed by the service (<c>commerce-order-order-unshipped</c>),
    /// so that two services consuming the same message each get their own queue and every copy, and one retry policy
    /// for every endpoint: six quick retries in memory for a blip, then redeliveries that wait in the broker
    /// (<see cref="DelayedRedeliveryFilter"/>) for an outage of minutes.
    /// A message that still fails after <see cref="DelayedRedeliveryOptions.GiveUpAfter"/> moves to its endpoint's <c>_error</c>
    /// queue with the exception in its headers; a <see cref="ValidationException"/> goes there at once, since retrying
    /// cannot fix it.
    /// Values in the exception's Data that a fault cannot carry (Marten's failed command) are dropped first.
    /// </summary>
    public static IHostApplicationBuilder AddFulfillmentBus(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator> configureConsumers)
    {
        var rabbitMq = (builder.Configuration.GetSection(RabbitMqOptions.Section).Get<RabbitMqOptions>()
            ?? new RabbitMqOptions()).RequireCredentials();
        var redelivery = builder.Configuration.GetSection(DelayedRedeliveryOptions.Section).Get<DelayedRedeliveryOptions>()
            ?? new DelayedRedeliveryOptions();
        var receiveEndpoints = new ServiceReceiveEndpoints();
        builder.Services.AddSingleton(rabbitMq);
        builder.Services.AddSingleton(redelivery);
        builder.Services.AddSingleton(receiveEndpoints);
        builder.Services.AddSingleton<ErrorQueueBroker>();
        builder.Services.AddHostedService<ErrorQueueDepth>();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configureConsumers(bus);

            bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
            {
                receiveEndpoints.Add(name);
                endpoint.UseFilter(new DelayedRedeliveryFilter(
                    name, redelivery, TimeProvider.System,
                    context.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping,
                    context.GetRequiredService<ILogger<DelayedRedeliveryFilter>>()));
                endpoint.UseConsumeFilter(typeof(OrderTagConsumeFilter<>), context);
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Exponential(
                        retryLimit: 6,
                        minInterval: TimeSpan.FromMilliseconds(100),
                        maxInterval: TimeSpan.FromSeconds(10),
                        intervalDelta: TimeSpan.FromMilliseconds(200));
                    retry.Ignore<ValidationException>();
                });
                endpoint.UseFilter(new SerializableExceptionDataFilter());
            });

            bus.UsingRabbitMq((context, transport) =>
            {
                transport.Host(rabbitMq.Host, rabbitMq.Port, rabbitMq.VirtualHost, host =>
                {
                    host.Username(rabbitMq.Username!);
                    host.Password(rabbitMq.Password!);
                });
                transport.PrefetchCount = rabbitMq.PrefetchCount;
                transport.ConcurrentMessageLimit = rabbitMq.ConcurrentMessageLimit;
                transport.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
