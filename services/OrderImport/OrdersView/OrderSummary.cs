using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.OrdersView;

/// <summary>
/// One row of the Amazon orders grid (O1), kept by <see cref="OrderSummaryProjection"/> in the same transaction as
/// the order's events. The buyer's name is not stored here: it is personal data and is read at query time.
/// </summary>
/// <param name="ChannelStatus">A function of the order's facts, see <see cref="WithChannelStatus"/>.</param>
/// <param name="Notes">The latest note first, as the grid shows it.</param>
/// <param name="CommerceOrderNumber">The Commerce order's increment number once CommerceOrder has created it (W3).</param>
/// <param name="ImportProblem">Why Amazon's last answer about the order could not be used, until one could.</param>
/// <param name="CommerceBlockReason">Why no Commerce order could be created yet (C1), until one is.</param>
public sealed record OrderSummary(
    string Id,
    string StoreId,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    AmazonOrderStatus AmazonStatus,
    string ChannelStatus,
    FulfillmentChannel FulfillmentChannel,
    decimal? GrandTotal,
    string? CurrencyCode,
    int ItemsOrdered,
    IReadOnlyList<string> Notes,
    string? CommerceOrderNumber = null,
    string? ImportProblem = null,
    string? CommerceBlockReason = null)
{
    /// <summary>The reason code of the operator's latest cancel through Amazon (O5), if any.</summary>
    public string? CancelReasonCode { get; init; }

    /// <summary>Amazon's refusal of the latest cancel, until another cancel is asked or Amazon cancels the order.</summary>
    public string? CancellationRejection { get; init; }

    /// <summary>The merchant's shipments from Commerce and Amazon's answers to their tracking information.</summary>
    public ChannelShipments Shipments { get; init; } = ChannelShipments.None;

    /// <summary>Units shipped: the order's totals after its newest Commerce shipment; an FBA order Amazon shipped, all.</summary>
    public int ItemsShipped { get; init; }

    public int ItemsUnshipped { get; init; }

    public OrderSummary WithNote(string note) => this with { Notes = [note, .. Notes] };

    /// <summary>
    /// The channel status and the units shipped follow from the order's facts alone, whatever order they came in:
    /// <list type="number">
    /// <item><c>Error</c> while a problem is open: an import problem (until Amazon's answer can be used again: what
    /// Amazon says meanwhile is not known), a Commerce block (until the Commerce order exists, unless Amazon canceled
    /// the order: then no Commerce order is wanted any more, A2), or Amazon's refusal of a shipment's tracking
    /// information (until Amazon accepts that shipment, T4), or Amazon's refusal of the operator's cancel (until
    /// another cancel is asked, or Amazon reports the order past where a cancel applies: canceled after all, or
    /// shipped, O5).</item>
    /// <item>Else, once the merchant shipped from Commerce: <c>PartiallyShipped</c> while units are left,
    /// <c>Shipped</c> when none are, and <c>Completed</c> when none are and Amazon reports the order <c>Shipped</c>
    /// (W5). Amazon can ship a merchant's order only after the confirmations of its shipments, so an Amazon
    /// <c>Shipped</c> seen before the last shipment's message is that message running late, and counts.</item>
    /// <item>Else Amazon's status.</item>
    /// </list>
    /// </summary>
    public OrderSummary WithChannelStatus()
    {
        var newest = Shipments.Newest();
        var shippedByAmazon = FulfillmentChannel == FulfillmentChannel.AFN && AmazonStatus == AmazonOrderStatus.Shipped;
        var itemsShipped = newest?.ItemsShipped ?? (shippedByAmazon ? ItemsOrdered : 0);
        return this with
        {
            ChannelStatus = HasOpenProblem() ? ChannelStatuses.Error : ShippingStatus(newest) ?? AmazonStatus.ToString(),
            ItemsShipped = itemsShipped,
            ItemsUnshipped = newest?.ItemsUnshipped ?? ItemsOrdered - itemsShipped,
        };
    }

    private bool HasOpenProblem() =>
        ImportProblem is not null
        || (CommerceBlockReason is not null && AmazonStatus != AmazonOrderStatus.Canceled)
        || Shipments.LatestOpenFailure() is not null
        || (CancellationRejection is not null && AmazonStatus is AmazonOrderStatus.Unshipped or AmazonOrderStatus.PartiallyShipped);

    private string? ShippingStatus(CommerceShipmentCreated? newest) => newest switch
    {
        null => null,
        { ItemsUnshipped: > 0 } => nameof(AmazonOrderStatus.PartiallyShipped),
        _ when AmazonStatus == AmazonOrderStatus.Shipped => ChannelStatuses.Completed,
        _ => nameof(AmazonOrderStatus.Shipped),
    };
}
