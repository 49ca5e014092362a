using FluentValidation;

namespace Fulfillment.ServiceDefaults.Bus;

/// <summary>What to do with a message whose in-memory retries are used up.</summary>
public abstract record RedeliveryDecision
{
    private RedeliveryDecision()
    {
    }

    /// <summary>Park it in the broker for <paramref name="Delay"/>, then consume it again.</summary>
    /// <param name="FirstFailedAt">When its first round failed, carried along so the give-up time never moves.</param>
    /// <param name="Redelivery">Which redelivery this is (1 for the first).</param>
    public sealed record Redeliver(TimeSpan Delay, DateTimeOffset FirstFailedAt, int Redelivery) : RedeliveryDecision;

    /// <summary>Let it fail into the <c>_error</c> queue for an operator.</summary>
    public sealed record GiveUp(string Why) : RedeliveryDecision;

    /// <summary>
    /// A message that cannot be valid is given up at once (retrying cannot fix it); any other failure may be an
    /// outage of a dependency, so the message is redelivered until <see cref="DelayedRedeliveryOptions.GiveUpAfter"/> has
    /// passed since its first failed round.
    /// </summary>
    public static RedeliveryDecision Decide(
        Exception exception, DateTimeOffset? firstFailedAt, int redeliveries, DateTimeOffset now, DelayedRedeliveryOptions options)
    {
        if (IsInvalidMessage(exception))
        {
            return new GiveUp("the message is invalid");
        }

        var since = firstFailedAt ?? now;
        if (now - since >= options.GiveUpAfter)
        {
            return new GiveUp($"still failing {options.GiveUpAfter} after its first failure ({redeliveries} redeliveries)");
        }

        return new Redeliver(options.Delay, since, redeliveries + 1);
    }

    private static bool IsInvalidMessage(Exception exception) => exception switch
    {
        ValidationException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsInvalidMessage),
        _ => false,
    };
}
