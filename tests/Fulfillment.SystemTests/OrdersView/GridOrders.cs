namespace Fulfillment.SystemTests.OrdersView;

/// <summary>
/// The grid's data set: twelve orders of one store across both fulfilment channels and Amazon's statuses, with
/// different totals (two equal, four unknown yet), four orders of buyers whose name contains "doe" in some case (one
/// not verified by Amazon yet, so its buyer is unknown), and two orders last updated at the same moment.
/// </summary>
public static class GridOrders
{
    private static TimeSpan H(double hours) => TimeSpan.FromHours(hours);

    public static IReadOnlyList<GridOrder> All { get; } =
    [
        new("MFN", "Jane Doe", [new("SKU-MUG-RED", 2, 12.50m)], H(0)),
        new("MFN", "John Smith", [new("SKU-LAMP", 1, 45.00m, ItemTax: 3.60m)], H(1), VerifiedAt: H(10.5)),
        new("MFN", "Jane Doe", [new("SKU-MUG-RED", 1, 12.50m), new("SKU-PLATE", 4, 5.25m)], H(2),
            VerifiedAt: H(2) + TimeSpan.FromMinutes(10), Ended: ("Shipped", H(2.5))),
        new("AFN", "Amelie Durand", [new("SKU-FBA-BOOK", 1, 19.99m)], H(3), Ended: ("Shipped", H(10))),
        new("MFN", "Carlos Diaz", [new("SKU-CHAIR", 1, 120.00m)], H(4), Ended: ("Canceled", H(4) + TimeSpan.FromMinutes(5))),
        new("MFN", "Mary-Jane Watson", [new("SKU-DESK", 1, 250.00m)], H(5), VerifiedAt: H(5.25)),
        new("AFN", "Peter Doe", [new("SKU-FBA-CABLE", 3, 9.99m)], H(6), Ended: ("Shipped", H(6) + TimeSpan.FromMinutes(1))),
        new("MFN", "Zoe Kim", [new("SKU-MUG-RED", 3, 12.50m)], H(7), Ended: ("Canceled", H(11.25))),
        new("MFN", "JOHN DOEBERRY", [new("SKU-LAMP", 2, 45.00m)], H(8),
            VerifiedAt: H(8) + TimeSpan.FromMinutes(10), Ended: ("Shipped", H(8) + TimeSpan.FromMinutes(20))),
        new("AFN", "Li Wei", [new("SKU-FBA-BOOK", 2, 19.99m)], H(9), Ended: ("Shipped", H(9.5))),
        new("MFN", "Sam Oneil", [new("SKU-PLATE", 10, 5.25m)], H(10)),
        new("MFN", "Nora Quinn", [new("SKU-TABLE", 1, 48.60m)], H(11),
            VerifiedAt: H(11) + TimeSpan.FromMinutes(10)),
    ];
}
