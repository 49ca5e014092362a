using Fulfillment.OrderImport.Backfill.RequestOrdersBackfill;

namespace Fulfillment.OrderImport.Tests.Stores;

public sealed class RequestOrdersBackfillRequestValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly RequestOrdersBackfillRequestValidator _validator = new(new FixedClock(Now));

    private IEnumerable<string> FailingFields(RequestOrdersBackfillRequest request) =>
        _validator.Validate(request).Errors.Select(error => error.PropertyName).Distinct();

    [Test]
    public void Given_a_range_in_the_past_When_validated_Then_it_passes() =>
        Assert.That(FailingFields(new(Now.AddDays(-30), Now.AddDays(-1), "ops@example.com")), Is.Empty);

    [Test]
    public void Given_a_range_ending_now_without_a_name_When_validated_Then_it_passes() =>
        Assert.That(FailingFields(new(Now.AddDays(-1), Now, null)), Is.Empty);

    [Test]
    public void Given_no_range_When_validated_Then_From_and_To_are_named() =>
        Assert.That(FailingFields(new(null, null, null)), Is.EquivalentTo(new[] { "From", "To" }));

    [TestCase(0)]
    [TestCase(-1)]
    public void Given_To_not_after_From_When_validated_Then_To_is_named(int minutesAfterFrom) =>
        Assert.That(
            FailingFields(new(Now.AddDays(-1), Now.AddDays(-1).AddMinutes(minutesAfterFrom), null)),
            Is.EqualTo(new[] { "To" }));

    [Test]
    public void Given_To_in_the_future_When_validated_Then_To_is_named() =>
        Assert.That(FailingFields(new(Now.AddDays(-1), Now.AddSeconds(1), null)), Is.EqualTo(new[] { "To" }));

    [Test]
    public void Given_From_within_Amazon_s_two_minute_listing_delay_When_validated_Then_From_is_named() =>
        Assert.That(FailingFields(new(Now.AddMinutes(-1), Now, null)), Is.EqualTo(new[] { "From" }));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
