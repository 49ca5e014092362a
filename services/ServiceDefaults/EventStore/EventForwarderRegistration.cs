using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Fulfillment.ServiceDefaults.EventStore;

public static class EventForwarderRegistration
{
    /// <summary>Publishes the events named in <paramref name="configure"/> to the bus once they are committed.</summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddEventForwarder(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten,
        Action<IntegrationEventMap> configure)
    {
        var map = new IntegrationEventMap();
        configure(map);
        marten.Services.AddSingleton(map);
        marten.Services.AddSingleton<EventContractPublisher>();
        return marten.AddSubscriptionWithServices<EventForwarder>(ServiceLifetime.Singleton);
    }
}
