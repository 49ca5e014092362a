using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.OrdersView.GetOrderDetails;

/// <summary>
/// One channel order as an operator opens it (O2): Amazon's data, the items with their prices, the buyer (read from
/// the erasable personal data, absent once erased or before Amazon gave it), the notes (latest first), the Commerce
/// order number once known, Amazon's shipment service level, the units shipped and unshipped with the shipments and
/// their tracking numbers (W5), and the order's history from its stream. <see cref="BuyerDataWithheld"/> says the buyer
/// and what they wrote were left out because the caller may not read buyer data.
/// </summary>
public sealed record OrderDetails(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    FulfillmentChannel FulfillmentChannel,
    AmazonOrderStatus AmazonStatus,
    string ChannelStatus,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<AmazonOrderItem> Items,
    AmazonOrderTotal? GrandTotal,
    OrderBuyer? Buyer,
    string? BuyerCancelReason,
    string? ImportProblem,
    IReadOnlyList<string> Notes,
    string? CommerceOrderNumber,
    string? ShipmentServiceLevel,
    int SettingsVersion,
    int ItemsShipped,
    int ItemsUnshipped,
    IReadOnlyList<ShipmentDetails> Shipments,
    long Version,
    IReadOnlyList<OrderHistoryEntry> History,
    bool BuyerDataWithheld = false)
{
    public static OrderDetails From(
        AmazonOrder order, OrderSummary summary, BuyerPersonalData? buyer, IReadOnlyList<OrderHistoryEntry> history) => new(
        order.Id, order.StoreId, order.MarketplaceId, order.FulfillmentChannel, order.Status, summary.ChannelStatus,
        order.PurchaseDate, order.LastUpdateDate, order.Items, order.Total, OrderBuyer.From(buyer), order.BuyerCancelReason,
        order.ImportProblem, summary.Notes, summary.CommerceOrderNumber, order.ShipmentServiceLevel, order.SettingsVersion,
        summary.ItemsShipped, summary.ItemsUnshipped, [.. order.Shipments.All.Select(ShipmentDetails.From)],
        history.Count == 0 ? 0 : history[^1].Version, history);
}

/// <summary>The buyer as Amazon gave them; personal data, never stored in the order's events (SPEC §11).</summary>
public sealed record OrderBuyer(string? Name, string? Email, ShippingAddress? ShipTo)
{
    public static OrderBuyer? From(BuyerPersonalData? data) =>
        data is null ? null : new OrderBuyer(data.BuyerName, data.BuyerEmail, data.ShippingAddress);
}
