using Fulfillment.ServiceDefaults.Bus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Fulfillment.Operations.Tests;

/// <summary>A service never falls back to RabbitMQ's well-known <c>guest</c> account: no credentials, no start.</summary>
public sealed class BrokerCredentialsTests
{
    [TestCase(null, "secret", "RabbitMq__Username")]
    [TestCase("order-import", null, "RabbitMq__Password")]
    [TestCase(" ", "secret", "RabbitMq__Username")]
    public void Given_a_missing_broker_credential_When_the_bus_is_registered_Then_the_start_fails_naming_the_setting(
        string? username, string? password, string setting)
    {
        var builder = BuilderWith(username, password);

        var failure = Assert.Throws<InvalidOperationException>(() => builder.AddFulfillmentBus("order-import", _ => { }));

        Assert.That(failure!.Message, Does.Contain(setting));
    }

    [Test]
    public void Given_both_broker_credentials_When_the_bus_is_registered_Then_they_are_used() =>
        Assert.DoesNotThrow(() => BuilderWith("order-import", "secret").AddFulfillmentBus("order-import", _ => { }));

    private static HostApplicationBuilder BuilderWith(string? username, string? password)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var settings = new Dictionary<string, string?>();
        if (username is not null)
        {
            settings["RabbitMq:Username"] = username;
        }

        if (password is not null)
        {
            settings["RabbitMq:Password"] = password;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
