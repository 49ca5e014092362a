namespace Fulfillment.OrderImport.Backfill;

/// <summary>From the <c>OrderImport:Backfill</c> configuration section.</summary>
public sealed class OrdersBackfillOptions
{
    public const string Section = "OrderImport:Backfill";

    /// <summary>
    /// How often the worker looks for open backfills it was not told about: asked on another replica, or left
    /// unfinished by a restart. A backfill asked on this replica starts at once.
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The pause before asking Amazon again when its listing does not reach the end of the range yet: Amazon lists a
    /// change only once it is two minutes old.
    /// </summary>
    public TimeSpan ListingWait { get; set; } = TimeSpan.FromSeconds(30);
}
