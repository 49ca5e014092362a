namespace Fulfillment.OrderImport.Polling;

/// <summary>From the <c>OrderImport:Polling</c> configuration section.</summary>
public sealed class OrderPollingOptions
{
    public const string Section = "OrderImport:Polling";

    /// <summary>Pause between two polls of every active store. Amazon refills getOrders about once a minute.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How far each window reaches back before the previous window's end. Orders Amazon updates at a window edge
    /// (or reports late) are read twice rather than missed; reading one twice changes nothing.
    /// </summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many orders of a page are imported at the same time. Each order is its own stream, so they do not wait
    /// for each other; Amazon's usage plans still pace the calls (the client's rate limiter is shared). 1 imports
    /// them one after the other.
    /// </summary>
    public int ImportConcurrency { get; set; } = 8;

    public bool Enabled { get; set; } = true;
}
