namespace Fulfillment.SystemTests.OrdersView;

public sealed record GridOrderLine(string Sku, int Quantity, decimal UnitPrice, decimal ItemTax = 0);

/// <summary>
/// One order of the grid's data set: what the buyer placed and what Amazon then did with it, at times counted from
/// the data set's start, and what the orders view must therefore show.
/// </summary>
/// <param name="VerifiedAt">When Amazon verified the payment (<c>Unshipped</c>), for merchant-fulfilled orders.</param>
/// <param name="Ended">Amazon's last status change: shipped or canceled.</param>
public sealed record GridOrder(
    string Channel,
    string BuyerName,
    IReadOnlyList<GridOrderLine> Lines,
    TimeSpan PlacedAt,
    TimeSpan? VerifiedAt = null,
    (string Status, TimeSpan At)? Ended = null)
{
    public string Status => Ended?.Status ?? (VerifiedAt is null ? "Pending" : "Unshipped");

    /// <summary>Amazon gives prices and buyer once it has verified the payment; an FBA order is imported shipped.</summary>
    public bool Verified => VerifiedAt is not null || (Channel == "AFN" && Status == "Shipped");

    public decimal? GrandTotal => Verified ? Lines.Sum(line => line.UnitPrice * line.Quantity + line.ItemTax) : null;

    /// <summary>The buyer's name as the grid shows it: unknown until Amazon gives it.</summary>
    public string? KnownBuyerName => Verified ? BuyerName : null;

    /// <summary>Amazon's last status change, which the view records as the order's last update.</summary>
    public TimeSpan LastStatusChangeAt => Ended?.At ?? VerifiedAt ?? PlacedAt;

    public string BuyerEmail => $"{new string([.. BuyerName.ToLowerInvariant().Where(char.IsLetter)])}@marketplace.amazon.com";
}
