using Fulfillment.OrderImport.Cancellation;
using Fulfillment.OrderImport.Cancellation.RequestSellerCancellation;

namespace Fulfillment.OrderImport.Tests.Cancellation;

public sealed class CancelOrderRequestValidatorTests
{
    private readonly CancelOrderRequestValidator _validator = new();

    private static IEnumerable<string> TenReasons() => CancelReasonCodes.All;

    [TestCaseSource(nameof(TenReasons))]
    public void Given_one_of_Amazon_reason_codes_When_validated_Then_it_is_accepted(string reason) =>
        Assert.That(_validator.Validate(new CancelOrderRequest(reason, null)).IsValid, Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("noinventory")]
    [TestCase("OutOfStock")]
    public void Given_anything_else_When_validated_Then_the_reasonCode_field_is_named(string? reason)
    {
        var result = _validator.Validate(new CancelOrderRequest(reason, null));

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors.Select(error => error.PropertyName), Is.EqualTo(new[] { "ReasonCode" }));
            Assert.That(result.Errors[0].ErrorMessage, Does.Contain("NoInventory").And.Contain("MerchandiseNotReceived"));
        });
    }

    [Test]
    public void Given_the_list_of_reasons_When_counted_Then_there_are_Amazon_ten() =>
        Assert.That(CancelReasonCodes.All.Distinct(), Has.Exactly(10).Items);
}
