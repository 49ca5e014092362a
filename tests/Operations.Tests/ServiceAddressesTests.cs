using Fulfillment.Operator;

namespace Fulfillment.Operations.Tests;

/// <summary>The CLI finds each service from FULFILLMENT_&lt;SERVICE&gt;_URL, else on the launcher's local port.</summary>
public sealed class ServiceAddressesTests
{
    [Test]
    public void Given_no_configuration_When_asked_Then_the_launchers_ports()
    {
        var addresses = new ServiceAddresses(_ => null);

        Assert.Multiple(() =>
        {
            Assert.That(addresses.AddressOf("order-import"), Is.EqualTo(new Uri("http://127.0.0.1:5101/")));
            Assert.That(addresses.AddressOf("CustomerProvisioning"), Is.EqualTo(new Uri("http://127.0.0.1:5102/")));
            Assert.That(addresses.AddressOf("commerce-order"), Is.EqualTo(new Uri("http://127.0.0.1:5103/")));
            Assert.That(addresses.AddressOf("tracking_sync"), Is.EqualTo(new Uri("http://127.0.0.1:5104/")));
        });
    }

    [Test]
    public void Given_a_configured_url_When_asked_Then_that_url()
    {
        var addresses = new ServiceAddresses(name => name == "FULFILLMENT_COMMERCE_ORDER_URL" ? "https://commerce.example/base" : null);

        Assert.That(addresses.AddressOf("commerce-order"), Is.EqualTo(new Uri("https://commerce.example/base/")));
    }

    [Test]
    public void Given_an_unknown_service_When_asked_Then_the_error_lists_the_known_ones() =>
        Assert.That(() => new ServiceAddresses(_ => null).AddressOf("billing"),
            Throws.ArgumentException.With.Message.Contains("order-import, customer-provisioning, commerce-order, tracking-sync"));
}
