namespace Fulfillment.CommerceOrder.CommerceOrders.GetCommerceOrderProcess;

/// <summary>
/// Where the creation of an Amazon order's Commerce order stands, as operators see it: the stage, why it is
/// blocked, why its pending stock was not reserved (S5), the Commerce number once placed, and the version of its
/// stream.
/// </summary>
public sealed record CommerceOrderProcessView(
    string AmazonOrderId,
    string StoreId,
    string FulfillmentChannel,
    CommerceOrderStage Stage,
    string? BlockReason,
    IReadOnlyList<string> BlockingSkus,
    string? ReservationNote,
    IReadOnlyList<string> UnreservedSkus,
    string? CommerceOrderNumber,
    IReadOnlyList<CommerceOrderLine> Lines,
    int? SettingsVersion,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public static CommerceOrderProcessView From(CommerceOrderProcess process, long version) => new(
        process.Id, process.StoreId, process.FulfillmentChannel, process.Stage, process.BlockReason,
        process.BlockingSkus, process.ReservationNote, process.UnreservedSkus, process.IncrementId, process.Lines, process.Verified?.Settings.Version,
        process.UpdatedAt, version);
}
