using FluentValidation;
using FluentValidation.Results;
using Fulfillment.ServiceDefaults.Bus;

namespace Fulfillment.Operations.Tests;

/// <summary>
/// What happens to a message whose in-memory retries are used up: redelivered from the broker while it may be waiting
/// for a dependency, given to the error queue when it cannot be valid or has failed for longer than the window.
/// </summary>
public sealed class RedeliveryDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly DelayedRedeliveryOptions Options = new() { Delay = TimeSpan.FromMinutes(1), GiveUpAfter = TimeSpan.FromMinutes(15) };

    [Test]
    public void Given_a_first_failure_When_decided_Then_it_is_redelivered_after_the_delay_and_its_window_starts_now()
    {
        var decision = RedeliveryDecision.Decide(new TimeoutException(), firstFailedAt: null, redeliveries: 0, Now, Options);

        Assert.That(decision, Is.EqualTo(new RedeliveryDecision.Redeliver(TimeSpan.FromMinutes(1), Now, 1)));
    }

    [Test]
    public void Given_a_message_failing_for_ten_minutes_When_decided_Then_it_is_still_redelivered_with_its_first_failure_kept()
    {
        var since = Now.AddMinutes(-10);

        var decision = RedeliveryDecision.Decide(new TimeoutException(), since, redeliveries: 8, Now, Options);

        Assert.That(decision, Is.EqualTo(new RedeliveryDecision.Redeliver(TimeSpan.FromMinutes(1), since, 9)));
    }

    [Test]
    public void Given_a_message_failing_for_the_whole_window_When_decided_Then_it_is_given_up_to_the_error_queue()
    {
        var decision = RedeliveryDecision.Decide(new TimeoutException(), Now.AddMinutes(-15), redeliveries: 12, Now, Options);

        Assert.That(decision, Is.TypeOf<RedeliveryDecision.GiveUp>());
    }

    [Test]
    public void Given_an_invalid_message_When_decided_Then_it_is_given_up_at_once()
    {
        var invalid = new ValidationException([new ValidationFailure("Lines", "must not be empty")]);

        Assert.Multiple(() =>
        {
            Assert.That(RedeliveryDecision.Decide(invalid, null, 0, Now, Options), Is.TypeOf<RedeliveryDecision.GiveUp>());
            Assert.That(RedeliveryDecision.Decide(new AggregateException(invalid), null, 0, Now, Options),
                Is.TypeOf<RedeliveryDecision.GiveUp>());
        });
    }
}
