namespace Fulfillment.OrderImport.Polling;

/// <summary>Where a poll's window starts, and, when Amazon would refuse the start the watermark asks for, why not there.</summary>
/// <param name="Clamped">Set when the watermark was ahead of Amazon's clock and the window starts earlier than it asks.</param>
public sealed record PollWindow(DateTimeOffset From, OrderPollingWindowClamped? Clamped);

/// <summary>
/// The start of a store's next window (SPEC §10): the watermark minus the overlap, unless that is later than Amazon
/// accepts. Amazon refuses a <c>LastUpdatedAfter</c> later than its own clock minus two minutes (400 InvalidInput,
/// "... at least 2 minutes before current time ..."), which a watermark reaches when Amazon's clock went back (a
/// simulator restarted without its state) or ran behind ours. Asking for it again would be refused on every poll for
/// as long as the difference lasts; the window is then taken back to the latest Amazon accepts, by Amazon's clock,
/// overlap included, and the clamp is reported.
/// </summary>
public static class PollWindowDecision
{
    /// <summary>Amazon lists a change only once it is two minutes old, and refuses windows that reach later.</summary>
    public static readonly TimeSpan AmazonDataDelay = TimeSpan.FromMinutes(2);

    /// <param name="resumeAt">The store's watermark, or when it was connected before its first poll.</param>
    /// <param name="amazonNow">
    /// Amazon's clock as its answers tell it (never ahead of Amazon's own); null before Amazon answered once, when
    /// the watermark is asked for as it is (Amazon's refusal, if it comes, tells its clock).
    /// </param>
    public static PollWindow Decide(string storeId, DateTimeOffset resumeAt, TimeSpan overlap, DateTimeOffset? amazonNow, DateTimeOffset decidedAt)
    {
        var wanted = resumeAt - overlap;
        if (amazonNow is null)
        {
            return new PollWindow(wanted, null);
        }

        // Amazon compares in whole seconds (its answers' dates have no fraction): a start in Amazon's current second
        // could still be refused.
        var latestAccepted = WholeSecondsDown(amazonNow.Value) - AmazonDataDelay;
        if (wanted <= latestAccepted)
        {
            return new PollWindow(wanted, null);
        }

        var from = latestAccepted - overlap;
        return new PollWindow(from, new OrderPollingWindowClamped(storeId, resumeAt, amazonNow.Value, from, decidedAt));
    }

    /// <summary>
    /// Whether a clamp is news for the store's history: the first for this watermark. A poll that fails after its
    /// window was clamped is polled again with the same watermark, and the operator needs to read it once.
    /// </summary>
    public static bool IsNews(OrderPollingWindowClamped clamped, OrderPollingWindowClamped? lastNoted) =>
        lastNoted is null || lastNoted.Watermark != clamped.Watermark;

    private static DateTimeOffset WholeSecondsDown(DateTimeOffset moment) =>
        new(moment.Ticks - moment.Ticks % TimeSpan.TicksPerSecond, moment.Offset);
}
