namespace Fulfillment.OrderImport.Cancellation;

/// <summary>From the <c>OrderImport:Cancellation</c> configuration section.</summary>
public sealed class SellerCancellationOptions
{
    public const string Section = "OrderImport:Cancellation";

    /// <summary>
    /// How often the worker looks at open cancels: to read a feed Amazon is still processing, to send one held by
    /// Read-Only Mode once it is off, or one asked on another replica. A cancel asked on this replica is sent at once.
    /// A look is one indexed query while nothing is open, so it can be frequent.
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);
}
