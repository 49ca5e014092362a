using Fulfillment.SpApiSimulator.Marketplaces;

namespace Fulfillment.SpApiSimulator.Orders;

/// <summary>
/// An order as Amazon holds it, with everything the seller may or may not be shown; what a caller actually sees
/// depends on the status and the token (see the projections in <c>OrdersApi</c>). Immutable: every change is a new
/// value with a later <see cref="LastUpdateDate"/>.
/// </summary>
public sealed record SimulatedOrder(
    string AmazonOrderId,
    string SellerId,
    Marketplace Marketplace,
    FulfillmentChannel FulfillmentChannel,
    OrderStatus Status,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<SimulatedOrderItem> Items,
    Buyer Buyer,
    ShipToAddress? ShipTo,
    IReadOnlyList<StatusChange> History,
    IReadOnlyList<ShipmentConfirmation> Confirmations,
    BuyerCancelRequest? BuyerCancelRequest)
{
    /// <summary>Amazon verified the payment at some point: from then on prices are shown, even after a cancel.</summary>
    public bool PaymentVerified => History.Any(change =>
        change.Status is not (OrderStatus.Pending or OrderStatus.PendingAvailability or OrderStatus.Canceled));

    /// <summary>The statuses in which the model says buyer data and the shipping address are available.</summary>
    public bool ShowsBuyer => Status is OrderStatus.Unshipped or OrderStatus.PartiallyShipped
        or OrderStatus.Shipped or OrderStatus.InvoiceUnconfirmed;

    public bool IsPaymentPending => Status is OrderStatus.Pending or OrderStatus.PendingAvailability;

    public DateTimeOffset EarliestShipDate => PurchaseDate;

    public DateTimeOffset LatestShipDate => PurchaseDate.AddDays(2);

    public DateTimeOffset EarliestDeliveryDate => PurchaseDate.AddDays(3);

    public DateTimeOffset LatestDeliveryDate => PurchaseDate.AddDays(7);

    /// <summary>Amazon's <c>ShipmentServiceLevelCategory</c>: the buyer's choice at checkout, <c>Standard</c> unless placed otherwise.</summary>
    public string ShipmentServiceLevelCategory { get; init; } = ShipmentServiceLevelCategories.Standard;

    public int QuantityOrdered => Items.Sum(item => item.QuantityOrdered);

    public int QuantityShipped => Items.Sum(item => item.QuantityShipped);

    public decimal OrderTotal => Items.Sum(item => item.ItemPrice + item.ItemTax + item.ShippingPrice);

    public static SimulatedOrder Place(
        string amazonOrderId,
        string sellerId,
        Marketplace marketplace,
        FulfillmentChannel channel,
        DateTimeOffset purchaseDate,
        IReadOnlyList<SimulatedOrderItem> items,
        Buyer buyer,
        ShipToAddress? shipTo) =>
        new(amazonOrderId, sellerId, marketplace, channel, OrderStatus.Pending, purchaseDate, purchaseDate, items, buyer,
            shipTo, [new StatusChange(OrderStatus.Pending, purchaseDate)], [], BuyerCancelRequest: null);

    /// <summary>A status change; moving to a shipped status by Amazon's hand ships the quantities it implies.</summary>
    public SimulatedOrder MoveTo(OrderStatus status, DateTimeOffset at) => this with
    {
        Status = status,
        LastUpdateDate = at,
        Items = status switch
        {
            OrderStatus.Shipped or OrderStatus.InvoiceUnconfirmed =>
                [.. Items.Select(item => item with { QuantityShipped = item.QuantityOrdered })],
            OrderStatus.PartiallyShipped when QuantityShipped == 0 => ShipOneUnit(),
            _ => Items,
        },
        BuyerCancelRequest = status is OrderStatus.Canceled or OrderStatus.Shipped ? null : BuyerCancelRequest,
        History = [.. History, new StatusChange(status, at)],
    };

    public SimulatedOrder Confirm(ShipmentConfirmation package)
    {
        var items = Items.Select(item => item with
        {
            QuantityShipped = item.QuantityShipped + package.Items
                .Where(confirmed => confirmed.OrderItemId == item.OrderItemId)
                .Sum(confirmed => confirmed.Quantity),
        }).ToList();
        var status = items.All(item => item.QuantityLeftToShip == 0) ? OrderStatus.Shipped : OrderStatus.PartiallyShipped;
        return this with
        {
            Items = items,
            Status = status,
            LastUpdateDate = package.ReceivedAt,
            Confirmations = [.. Confirmations, package],
            BuyerCancelRequest = status == OrderStatus.Shipped ? null : BuyerCancelRequest,
            History = status == Status ? History : [.. History, new StatusChange(status, package.ReceivedAt)],
        };
    }

    /// <summary>The seller's cancel through the order acknowledgement feed, when the seller canceled it.</summary>
    public SellerCancellation? SellerCancellation { get; init; }

    /// <summary>The seller cancels the whole order with one of Amazon's reason codes (see <c>FeedsApi</c>).</summary>
    public SimulatedOrder CancelBySeller(SellerCancellation cancellation) =>
        MoveTo(OrderStatus.Canceled, cancellation.CanceledAt) with { SellerCancellation = cancellation };

    public SimulatedOrder RequestCancellation(BuyerCancelRequest request) =>
        this with { BuyerCancelRequest = request, LastUpdateDate = request.RequestedAt };

    private List<SimulatedOrderItem> ShipOneUnit()
    {
        var first = Items.First(item => item.QuantityLeftToShip > 0);
        return [.. Items.Select(item => item == first ? item with { QuantityShipped = item.QuantityShipped + 1 } : item)];
    }
}

public sealed record StatusChange(OrderStatus Status, DateTimeOffset At);

/// <summary>The seller canceled the order: Amazon's reason code, when, and the feed that carried it.</summary>
public sealed record SellerCancellation(string CancelReason, DateTimeOffset CanceledAt, string FeedId);
