namespace Fulfillment.ServiceDefaults.Bus;

/// <summary>
/// How long a message that keeps failing is sent back to its queue before it is given up to the <c>_error</c> queue,
/// from the <c>Bus:Redelivery</c> configuration section (<c>Bus__Redelivery__Delay</c>, ...).
/// </summary>
public sealed class DelayedRedeliveryOptions
{
    public const string Section = "Bus:Redelivery";

    /// <summary>How long a message waits in the broker between two rounds of in-memory retries.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long after its first failed round a message is still redelivered. Longer than the outages a service must
    /// ride out without an operator (10 minutes of PostgreSQL, the broker or Amazon), short enough that a message
    /// failing for a real bug reaches the <c>_error</c> queue, where an operator sees it, the same day.
    /// </summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromMinutes(15);
}
