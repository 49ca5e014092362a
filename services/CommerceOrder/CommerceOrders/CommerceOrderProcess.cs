namespace Fulfillment.CommerceOrder.CommerceOrders;

/// <summary>
/// The life of one Commerce order, from the Amazon order it comes from. The stream key is the Amazon order id, so
/// one Amazon order can never make two Commerce orders. Kept as an inline snapshot, which is also the document the
/// order read API queries (by increment id, by stage for the blocked-order retry).
/// </summary>
public sealed partial record CommerceOrderProcess(
    string Id,
    string StoreId,
    string FulfillmentChannel,
    CommerceOrderStage Stage,
    IReadOnlyList<CommerceOrderLine> Lines,
    AmazonOrderVerified? Verified,
    string? BlockReason,
    IReadOnlyList<string> BlockingSkus,
    OrderPlaced? Placement,
    decimal TotalInvoiced,
    decimal TotalRefunded,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Units shipped per Commerce order item id.</summary>
    public IReadOnlyDictionary<string, int> QuantityShipped { get; init; } = new Dictionary<string, int>();

    public IReadOnlyList<ShipmentRecorded> Shipments { get; init; } = [];

    /// <summary>
    /// Why S5 reserved nothing for some SKUs of the pending order, reasons joined with "; " as a block reason is: the
    /// order went on without a hold, and an operator wondering why its stock was not held finds the reason here.
    /// </summary>
    public string? ReservationNote { get; init; }

    public IReadOnlyList<string> UnreservedSkus { get; init; } = [];

    public int PackageCount => Shipments.Sum(shipment => shipment.Packages.Count);

    public int ItemsShipped => QuantityShipped.Values.Sum();

    public int QuantityLeftToShip(PlacedItem item) => item.Quantity - QuantityShipped.GetValueOrDefault(item.ItemId);

    public string? IncrementId => Placement?.IncrementId;

    public bool IsMerchantFulfilled => FulfillmentChannel == FulfillmentChannels.Merchant;

    /// <summary>Units per SKU the order needs, lines of one SKU added up.</summary>
    public IReadOnlyDictionary<string, int> QuantitiesBySku() => Lines
        .GroupBy(line => line.SellerSku)
        .ToDictionary(group => group.Key, group => group.Sum(line => line.Quantity));

    public static CommerceOrderProcess Create(AmazonOrderPendingNoted noted) => Start(
        noted.AmazonOrderId, noted.StoreId, noted.FulfillmentChannel, noted.Lines, noted.NotedAt);

    public static CommerceOrderProcess Create(AmazonOrderVerified verified) => Start(
        verified.AmazonOrderId, verified.StoreId, verified.FulfillmentChannel, [], verified.VerifiedAt)
        .Apply(verified);

    public static CommerceOrderProcess Create(OrderCreationCanceled canceled) => Start(
        canceled.AmazonOrderId, canceled.StoreId, canceled.FulfillmentChannel, [], canceled.CanceledAt)
        .Apply(canceled);

    public CommerceOrderProcess Apply(StockReservationSkipped skipped) => this with
    {
        ReservationNote = ReservationNote is null ? skipped.Reason : $"{ReservationNote}; {skipped.Reason}",
        UnreservedSkus = [.. UnreservedSkus, skipped.Sku],
        UpdatedAt = skipped.SkippedAt,
    };

    public CommerceOrderProcess Apply(AmazonOrderVerified verified) => this with
    {
        Verified = verified,
        Lines = [.. verified.Lines.Select(line => new CommerceOrderLine(line.OrderItemId, line.SellerSku, line.Quantity))],
        UpdatedAt = verified.VerifiedAt,
    };

    public CommerceOrderProcess Apply(OrderCreationSkipped skipped) =>
        this with { Stage = CommerceOrderStage.NotImported, UpdatedAt = skipped.SkippedAt };

    public CommerceOrderProcess Apply(OrderCreationBlocked blocked) => this with
    {
        Stage = CommerceOrderStage.Blocked,
        BlockReason = blocked.Reason,
        BlockingSkus = blocked.BlockingSkus,
        UpdatedAt = blocked.BlockedAt,
    };

    public CommerceOrderProcess Apply(CustomerRequested requested) => this with
    {
        Stage = CommerceOrderStage.AwaitingCustomer,
        BlockReason = null,
        BlockingSkus = [],
        UpdatedAt = requested.RequestedAt,
    };

    public CommerceOrderProcess Apply(OrderPlaced placed) =>
        this with { Stage = CommerceOrderStage.Placed, Placement = placed, UpdatedAt = placed.PlacedAt };

    public CommerceOrderProcess Apply(OrderInvoiced invoiced) =>
        this with { TotalInvoiced = TotalInvoiced + invoiced.Amount, UpdatedAt = invoiced.InvoicedAt };

    public CommerceOrderProcess Apply(OrderCreationCanceled canceled) => this with
    {
        Stage = CommerceOrderStage.Canceled,
        BlockReason = null,
        BlockingSkus = [],
        UpdatedAt = canceled.CanceledAt,
    };

    public CommerceOrderProcess Apply(OrderRefunded refunded) =>
        this with { TotalRefunded = TotalRefunded + refunded.Amount, UpdatedAt = refunded.RefundedAt };

    public CommerceOrderProcess Apply(OrderClosed closed) =>
        this with { Stage = CommerceOrderStage.Closed, UpdatedAt = closed.ClosedAt };

    public CommerceOrderProcess Apply(ShipmentRecorded shipped)
    {
        var quantities = new Dictionary<string, int>(QuantityShipped);
        foreach (var line in shipped.Packages.SelectMany(package => package.Lines))
        {
            quantities[line.ItemId] = quantities.GetValueOrDefault(line.ItemId) + line.Quantity;
        }

        return this with { QuantityShipped = quantities, Shipments = [.. Shipments, shipped], UpdatedAt = shipped.ShippedAt };
    }

    public CommerceOrderProcess Apply(OrderCompleted completed) =>
        this with { Stage = CommerceOrderStage.Completed, UpdatedAt = completed.CompletedAt };

    public CommerceOrderProcess Apply(OrderFlaggedForReturn flagged) =>
        this with { Stage = CommerceOrderStage.ReturnRequired, UpdatedAt = flagged.FlaggedAt };

    private static CommerceOrderProcess Start(
        string amazonOrderId, string storeId, string channel, IReadOnlyList<CommerceOrderLine> lines, DateTimeOffset at) =>
        new(amazonOrderId, storeId, channel, CommerceOrderStage.AwaitingAmazonVerification, lines, Verified: null,
            BlockReason: null, BlockingSkus: [], Placement: null, TotalInvoiced: 0, TotalRefunded: 0, at);
}
