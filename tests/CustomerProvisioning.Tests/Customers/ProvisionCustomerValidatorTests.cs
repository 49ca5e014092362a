using Fulfillment.Contracts.Customers;
using Fulfillment.CustomerProvisioning.Customers.ProvisionCustomerAccount;

namespace Fulfillment.CustomerProvisioning.Tests.Customers;

public sealed class ProvisionCustomerValidatorTests
{
    private readonly ProvisionCustomerValidator _validator = new();

    private static ProvisionCustomer Valid() => new(
        "111-2223334-4445556", "store-us", "base", "BuildNewCustomerAccount", "Jane Doe", "jane@example.com", null, 1);

    private IEnumerable<string> FailingFields(ProvisionCustomer message) =>
        _validator.Validate(message).Errors.Select(error => error.PropertyName);

    [TestCase("BuildNewCustomerAccount")]
    [TestCase("Guest")]
    public void Given_a_known_customer_creation_mode_When_validated_Then_it_passes(string mode) =>
        Assert.That(FailingFields(Valid() with { CustomerCreation = mode }), Is.Empty);

    [Test]
    public void Given_no_buyer_name_email_or_address_When_validated_Then_it_passes() =>
        Assert.That(FailingFields(Valid() with { BuyerName = null, BuyerEmail = null }), Is.Empty);

    [TestCase("")]
    [TestCase("guest")]
    [TestCase("NoCustomerCreation")]
    public void Given_an_unknown_customer_creation_mode_When_validated_Then_CustomerCreation_fails(string mode) =>
        Assert.That(FailingFields(Valid() with { CustomerCreation = mode }), Is.EqualTo(new[] { "CustomerCreation" }));

    [Test]
    public void Given_no_order_id_and_no_website_When_validated_Then_both_fields_are_named() =>
        Assert.That(
            FailingFields(Valid() with { AmazonOrderId = "", WebsiteCode = " " }),
            Is.EquivalentTo(new[] { "AmazonOrderId", "WebsiteCode" }));
}
