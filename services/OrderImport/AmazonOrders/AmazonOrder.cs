namespace Fulfillment.OrderImport.AmazonOrders;

public enum FulfillmentChannel
{
    MFN,
    AFN,
}

/// <summary>Amazon's order statuses (Orders API v0 <c>OrderStatus</c>).</summary>
public enum AmazonOrderStatus
{
    Pending,
    Unshipped,
    PartiallyShipped,
    Shipped,
    Canceled,
    Unfulfillable,
    InvoiceUnconfirmed,
    PendingAvailability,
}

public sealed record AmazonOrderItem(string OrderItemId, string SellerSku, int Quantity);

/// <summary>The first time Fulfillment saw an Amazon order, with Amazon's snapshot of it.</summary>
public sealed record AmazonOrderImported(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    FulfillmentChannel FulfillmentChannel,
    AmazonOrderStatus Status,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<AmazonOrderItem> Items,
    DateTimeOffset ImportedAt);

/// <summary>A newer Amazon snapshot showed another status.</summary>
public sealed record AmazonOrderStatusChanged(
    string AmazonOrderId,
    AmazonOrderStatus From,
    AmazonOrderStatus To,
    DateTimeOffset LastUpdateDate,
    DateTimeOffset ChangedAt);

/// <summary>The channel order: one stream per Amazon order, keyed by the Amazon order id.</summary>
public sealed partial record AmazonOrder(
    string Id,
    string StoreId,
    string MarketplaceId,
    FulfillmentChannel FulfillmentChannel,
    AmazonOrderStatus Status,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<AmazonOrderItem> Items)
{
    public static AmazonOrder Create(AmazonOrderImported imported) => new(
        imported.AmazonOrderId,
        imported.StoreId,
        imported.MarketplaceId,
        imported.FulfillmentChannel,
        imported.Status,
        imported.PurchaseDate,
        imported.LastUpdateDate,
        imported.Items);

    public AmazonOrder Apply(AmazonOrderStatusChanged changed) =>
        this with { Status = changed.To, LastUpdateDate = changed.LastUpdateDate };
}
