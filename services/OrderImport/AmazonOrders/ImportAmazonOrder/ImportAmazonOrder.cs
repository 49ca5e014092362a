namespace Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;

/// <summary>
/// Amazon's current view of one order, as a poll or an operator saw it. <see cref="Total"/> and the priced items
/// come only once Amazon has verified the order; the buyer's personal data travels apart from it.
/// </summary>
/// <param name="ShipmentServiceLevel">Amazon's shipment service level category, when Amazon gives it.</param>
public sealed record AmazonOrderSnapshot(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    FulfillmentChannel FulfillmentChannel,
    AmazonOrderStatus OrderStatus,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<AmazonOrderItem> Items,
    AmazonOrderTotal? Total = null,
    bool HasBuyerDetails = false,
    bool BuyerRequestedCancel = false,
    string? BuyerCancelReason = null,
    string? ShipmentServiceLevel = null);

public sealed record ImportAmazonOrder(AmazonOrderSnapshot Snapshot, int SettingsVersion, DateTimeOffset Now);

public static class ImportAmazonOrderDecider
{
    /// <summary>
    /// Each change in Amazon's view is recorded once (A4): a new order is imported; a newer snapshot with another
    /// status changes the status; prices and buyer are recorded the first time Amazon gives them; a buyer's
    /// cancellation request is recorded once (A5); an earlier import problem is cleared by a usable snapshot.
    /// A repeated snapshot adds nothing and a stale one (older <c>LastUpdateDate</c>) changes nothing.
    /// </summary>
    public static IReadOnlyList<object> Decide(AmazonOrder? order, ImportAmazonOrder command)
    {
        var snapshot = command.Snapshot;
        var events = new List<object>();
        if (order is null)
        {
            events.Add(new AmazonOrderImported(
                snapshot.AmazonOrderId, snapshot.StoreId, snapshot.MarketplaceId, snapshot.FulfillmentChannel,
                snapshot.OrderStatus, snapshot.PurchaseDate, snapshot.LastUpdateDate, snapshot.Items, command.Now,
                command.SettingsVersion, snapshot.ShipmentServiceLevel));
        }
        else if (snapshot.LastUpdateDate < order.LastUpdateDate)
        {
            return [];
        }
        else if (snapshot.LastUpdateDate > order.LastUpdateDate && snapshot.OrderStatus != order.Status)
        {
            events.Add(new AmazonOrderStatusChanged(
                order.Id, order.Status, snapshot.OrderStatus, snapshot.LastUpdateDate, command.Now, command.SettingsVersion));
        }

        if (snapshot.Total is { } total && order?.DetailsKnown != true)
        {
            events.Add(new AmazonOrderDetailsRecorded(
                snapshot.AmazonOrderId, snapshot.Items, total, snapshot.HasBuyerDetails, command.Now,
                snapshot.ShipmentServiceLevel));
        }

        if (snapshot.BuyerRequestedCancel && order?.BuyerCancelReason is null)
        {
            events.Add(new BuyerCancellationRequested(
                snapshot.AmazonOrderId, snapshot.BuyerCancelReason ?? "", snapshot.LastUpdateDate, command.Now));
        }

        if (order?.ImportProblem is not null)
        {
            events.Add(new AmazonOrderImportRecovered(snapshot.AmazonOrderId, command.Now));
        }

        return events;
    }
}
