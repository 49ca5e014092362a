namespace Fulfillment.SpApiSimulator.Orders;

/// <summary>The values of the Orders v0 <c>ShipmentServiceLevelCategory</c> (ordersV0.json).</summary>
public static class ShipmentServiceLevelCategories
{
    public const string Standard = "Standard";

    public static IReadOnlyList<string> All { get; } =
        ["Expedited", "FreeEconomy", "NextDay", "Priority", "SameDay", "SecondDay", "Scheduled", Standard];
}
