namespace Fulfillment.CommerceOrder.CommerceOrders.GetCommerceOrderProcess;

/// <summary>The Commerce order process as the HTTP API shows it, with the version of its stream.</summary>
public sealed record CommerceOrderProcessView(
    string AmazonOrderId,
    string StoreId,
    string FulfillmentChannel,
    CommerceOrderStage Stage,
    IReadOnlyList<CommerceOrderLine> Lines,
    long Version)
{
    public static CommerceOrderProcessView From(CommerceOrderProcess process, long version) => new(
        process.Id, process.StoreId, process.FulfillmentChannel, process.Stage, process.Lines, version);
}
