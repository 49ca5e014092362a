using Fulfillment.CustomerProvisioning.Customers;

namespace Fulfillment.CustomerProvisioning.Tests.Customers;

public sealed class CustomerKeyTests
{
    [Test]
    public void Given_an_email_in_other_case_and_with_spaces_When_keyed_Then_the_key_is_the_same() =>
        Assert.That(
            CustomerKey.For("base", "  Jane.Doe@Example.COM "),
            Is.EqualTo(CustomerKey.For("base", "jane.doe@example.com")));

    [Test]
    public void Given_the_same_email_in_two_websites_When_keyed_Then_the_keys_differ() =>
        Assert.That(
            CustomerKey.For("base", "jane.doe@example.com"),
            Is.Not.EqualTo(CustomerKey.For("ca_website", "jane.doe@example.com")));

    [Test]
    public void Given_an_email_When_keyed_Then_the_key_is_the_website_and_the_SHA256_of_the_normalised_email()
    {
        var key = CustomerKey.For("base", " Jane.Doe@Example.com");

        Assert.Multiple(() =>
        {
            // echo -n jane.doe@example.com | sha256sum
            Assert.That(key, Is.EqualTo("base:" + ExpectedHash));
            Assert.That(key, Does.Not.Contain("jane").IgnoreCase.And.Not.Contain("example").IgnoreCase);
        });
    }

    [Test]
    public void Given_an_email_When_normalised_Then_it_is_trimmed_and_lower_case() =>
        Assert.That(CustomerKey.NormaliseEmail(" Jane.Doe@Example.COM\t"), Is.EqualTo("jane.doe@example.com"));

    private const string ExpectedHash = "86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d";
}
