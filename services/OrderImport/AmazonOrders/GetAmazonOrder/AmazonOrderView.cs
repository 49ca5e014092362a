namespace Fulfillment.OrderImport.AmazonOrders;

/// <summary>The channel order as the HTTP API shows it, with the version of its stream.</summary>
public sealed record AmazonOrderView(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    FulfillmentChannel FulfillmentChannel,
    AmazonOrderStatus Status,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<AmazonOrderItem> Items,
    AmazonOrderTotal? Total,
    bool HasBuyerDetails,
    string? BuyerCancelReason,
    string? ImportProblem,
    int SettingsVersion,
    long Version)
{
    public static AmazonOrderView From(AmazonOrder order, long version) => new(
        order.Id, order.StoreId, order.MarketplaceId, order.FulfillmentChannel, order.Status,
        order.PurchaseDate, order.LastUpdateDate, order.Items, order.Total, order.HasBuyerDetails, order.BuyerCancelReason,
        order.ImportProblem, order.SettingsVersion, version);
}
