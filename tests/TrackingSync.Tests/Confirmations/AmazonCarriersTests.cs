using Fulfillment.TrackingSync.Confirmations.SendConfirmations;

namespace Fulfillment.TrackingSync.Tests.Confirmations;

public sealed class AmazonCarriersTests
{
    [TestCase("fedex", "FedEx")]
    [TestCase("ups", "UPS")]
    [TestCase("usps", "USPS")]
    [TestCase("dhl", "DHL")]
    [TestCase("UPS", "UPS")]
    public void Given_a_known_Commerce_carrier_When_mapped_Then_Amazons_code_and_no_name(string commerceCode, string amazonCode)
    {
        Assert.That(AmazonCarriers.For(commerceCode, "whatever the merchant typed"), Is.EqualTo((amazonCode, (string?)null)));
    }

    [Test]
    public void Given_a_custom_carrier_When_mapped_Then_Other_with_the_title_as_carrier_name()
    {
        Assert.That(AmazonCarriers.For("custom", " Parcel Bros "), Is.EqualTo(("Other", (string?)"Parcel Bros")));
    }

    [Test]
    public void Given_a_custom_carrier_without_a_title_When_mapped_Then_its_code_names_it()
    {
        Assert.That(AmazonCarriers.For("ontrac", ""), Is.EqualTo(("Other", (string?)"ontrac")));
    }
}
