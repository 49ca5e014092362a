using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.CustomerProvisioning.Customers;
using Fulfillment.CustomerProvisioning.Customers.ProvisionCustomerAccount;

namespace Fulfillment.CustomerProvisioning.Tests.Customers;

public sealed class ShipToAddressTests
{
    [Test]
    public void Given_an_address_with_spaces_and_blanks_When_saved_Then_fields_are_trimmed_and_blanks_are_null() =>
        Assert.That(
            ShipToAddress.From(new PostalAddress(" Jane Doe ", "", "1 Main St ", " ", null, "Seattle", "WA", "98101", "US", null)),
            Is.EqualTo(new CustomerAddress("Jane Doe", null, "1 Main St", null, null, "Seattle", "WA", "98101", "US", null)));

    [Test]
    public void Given_no_address_or_an_empty_one_When_saved_Then_there_is_none() =>
        Assert.Multiple(() =>
        {
            Assert.That(ShipToAddress.From(null), Is.Null);
            Assert.That(ShipToAddress.From(new PostalAddress(" ", null, null, null, null, null, null, null, null, "")), Is.Null);
        });
}
