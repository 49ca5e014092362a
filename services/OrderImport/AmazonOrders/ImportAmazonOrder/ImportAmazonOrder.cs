namespace Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;

/// <summary>Amazon's current view of one order, as a poll or an operator saw it.</summary>
public sealed record AmazonOrderSnapshot(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    FulfillmentChannel FulfillmentChannel,
    AmazonOrderStatus OrderStatus,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<AmazonOrderItem> Items);

public sealed record ImportAmazonOrder(AmazonOrderSnapshot Snapshot, DateTimeOffset Now);

public static class ImportAmazonOrderDecider
{
    /// <summary>
    /// Each change in Amazon's view is recorded once (A4): a new order is imported, a newer snapshot with another
    /// status changes the status, and a repeated or stale snapshot (not newer than the last one) changes nothing.
    /// </summary>
    public static IReadOnlyList<object> Decide(AmazonOrder? order, ImportAmazonOrder command)
    {
        var snapshot = command.Snapshot;
        if (order is null)
        {
            return
            [
                new AmazonOrderImported(
                    snapshot.AmazonOrderId, snapshot.StoreId, snapshot.MarketplaceId, snapshot.FulfillmentChannel,
                    snapshot.OrderStatus, snapshot.PurchaseDate, snapshot.LastUpdateDate, snapshot.Items, command.Now),
            ];
        }

        if (snapshot.LastUpdateDate <= order.LastUpdateDate || snapshot.OrderStatus == order.Status)
        {
            return [];
        }

        return
        [
            new AmazonOrderStatusChanged(
                order.Id, order.Status, snapshot.OrderStatus, snapshot.LastUpdateDate, command.Now),
        ];
    }
}
