namespace Fulfillment.TrackingSync.Confirmations.SendConfirmations;

/// <summary>The sender's settings, section <c>TrackingSync:Confirmations</c>.</summary>
public sealed class ConfirmationOptions
{
    public const string Section = "TrackingSync:Confirmations";

    /// <summary>How often open confirmations are looked at when nothing wakes the sender.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many shipments a round confirms at the same time; 1 sends them one after the other.</summary>
    public int Concurrency { get; set; } = 8;
}
