using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.OrdersView;

/// <summary>
/// One row of the Amazon orders grid (O1), kept by <see cref="OrderSummaryProjection"/> in the same transaction as
/// the order's events. The buyer's name is not stored here: it is personal data and is read at query time.
/// </summary>
/// <param name="Notes">The latest note first, as the grid shows it.</param>
/// <param name="CommerceOrderNumber">
/// The Commerce order's increment number once CommerceOrder has created it (W3). Nothing reports it to OrderImport
/// yet, so it stays null until that event exists.
/// </param>
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
    string? CommerceOrderNumber = null)
{
    public OrderSummary WithNote(string note) => this with { Notes = [note, .. Notes] };
}
