using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.OrdersView;

/// <summary>
/// One row of the Amazon orders grid (O1), kept by <see cref="OrderSummaryProjection"/> in the same transaction as
/// the order's events. The buyer's name is not stored here: it is personal data and is read at query time.
/// </summary>
/// <param name="ChannelStatus">
/// <see cref="ChannelStatuses.Error"/> exactly while the order has an open problem, Amazon's status otherwise
/// (see <see cref="WithChannelStatus"/>).
/// </param>
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
    public OrderSummary WithNote(string note) => this with { Notes = [note, .. Notes] };

    /// <summary>
    /// The channel status follows from the order's open problems and Amazon's status. An import problem is open
    /// until Amazon's answer can be used again: what Amazon says meanwhile is not known. A Commerce block is open
    /// until the Commerce order is created, unless Amazon canceled the order: then no Commerce order is wanted any
    /// more (A2), nothing is left for an operator to fix, and the grid shows <c>Canceled</c>.
    /// </summary>
    public OrderSummary WithChannelStatus()
    {
        var blocked = CommerceBlockReason is not null && AmazonStatus != AmazonOrderStatus.Canceled;
        return this with { ChannelStatus = ImportProblem is not null || blocked ? ChannelStatuses.Error : AmazonStatus.ToString() };
    }
}
