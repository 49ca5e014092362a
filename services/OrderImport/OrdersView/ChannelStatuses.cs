namespace Fulfillment.OrderImport.OrdersView;

/// <summary>The channel's own statuses beside Amazon's (SPEC §1, channel status).</summary>
public static class ChannelStatuses
{
    public const string Error = "Error";
    public const string Completed = "Completed";
}
