using Fulfillment.CustomerProvisioning.Customers;

namespace Fulfillment.CustomerProvisioning.Tests.Customers;

public sealed class BuyerIdentityTests
{
    [TestCase("Jane Doe", "Jane", "Doe")]
    [TestCase("Mary Ann Smith", "Mary", "Ann Smith")]
    [TestCase("  Jane   Doe  ", "Jane", "Doe")]
    [TestCase("Cher", "Cher", "N/A")]
    [TestCase("", "N/A", "N/A")]
    [TestCase("   ", "N/A", "N/A")]
    [TestCase(null, "N/A", "N/A")]
    public void Given_a_buyer_name_When_split_Then_first_and_last_name_split_at_the_first_space(
        string? buyerName, string firstName, string lastName) =>
        Assert.That(BuyerIdentity.SplitName(buyerName), Is.EqualTo((firstName, lastName)));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Given_a_buyer_without_email_When_identified_Then_the_email_is_the_order_id_at_amazon_com(string? email) =>
        Assert.That(
            BuyerIdentity.From("111-2223334-4445556", "Jane Doe", email).Email,
            Is.EqualTo("111-2223334-4445556@amazon.com"));

    [Test]
    public void Given_a_buyer_email_with_spaces_When_identified_Then_it_is_kept_trimmed() =>
        Assert.That(
            BuyerIdentity.From("111-2223334-4445556", "Jane Doe", "  Jane.Doe@Example.com ").Email,
            Is.EqualTo("Jane.Doe@Example.com"));
}
