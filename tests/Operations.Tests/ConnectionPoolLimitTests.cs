using Fulfillment.ServiceDefaults.EventStore;

namespace Fulfillment.Operations.Tests;

public sealed class ConnectionPoolLimitTests
{
    [Test]
    public void Given_a_connection_string_without_a_pool_size_When_the_data_source_is_made_Then_the_pool_is_capped()
    {
        var settings = EventStoreRegistration.WithPoolLimit("Host=127.0.0.1;Port=25432;Database=fulfillment_order_import");

        Assert.Multiple(() =>
        {
            Assert.That(settings.MaxPoolSize, Is.EqualTo(EventStoreRegistration.DefaultMaxPoolSize));
            Assert.That(settings.Database, Is.EqualTo("fulfillment_order_import"));
        });
    }

    [TestCase("Maximum Pool Size=120")]
    [TestCase("MaxPoolSize=120")]
    public void Given_a_connection_string_that_sets_the_pool_size_When_the_data_source_is_made_Then_it_is_kept(string poolSize) =>
        Assert.That(EventStoreRegistration.WithPoolLimit($"Host=127.0.0.1;{poolSize}").MaxPoolSize, Is.EqualTo(120));
}
