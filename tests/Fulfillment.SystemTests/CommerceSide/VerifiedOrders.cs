using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.SystemTests.FirstSlice;

namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>OrderImport's contracts for one Amazon order, each test with its own order id and SKUs.</summary>
public sealed record VerifiedOrders(string AmazonOrderId, string Sku)
{
    public static readonly StoreSettings DefaultSettings = new(
        Version: 4, WebsiteCode: "base", ImportOrders: true, StoreViewCode: null, CustomerCreation: "Guest",
        OrderNumberSource: "CommerceIncrementNumber", PendingOrders: "DoNotReserveQuantity",
        CustomProcessingStatus: null, StoreActive: true, ReadOnlyMode: false);

    public static readonly PostalAddress ShipTo = new(
        "Jane Q Buyer", null, "1 Main Street", "Apt 2", null, "Seattle", "WA", "98101", "US", "+1 206 555 0100");

    /// <summary>Amazon's total of <see cref="Lines"/>: 2 × 19.90 + 3.18 tax + 4.99 shipping + 0.40 shipping tax - 2.00 promotion.</summary>
    public const decimal OrderTotal = 39.80m + 3.18m + 4.99m + 0.40m - 2.00m;

    public static VerifiedOrders New() =>
        new(AmazonOrderRequests.NewAmazonOrderId(), $"SKU-{Guid.NewGuid():N}"[..16]);

    public IReadOnlyList<OrderLine> Lines =>
    [
        new OrderLine($"{AmazonOrderId[..3]}00000000001", Sku, 2)
        {
            Title = "Red mug",
            Prices = new LinePrices(39.80m, 3.18m, 4.99m, 0.40m, 2.00m, 0m),
        },
    ];

    public OrderPending Pending(StoreSettings? settings = null) => new(
        AmazonOrderId, "store-us", "ATVPDKIKX0DER", "MFN", PurchaseDate, PurchaseDate,
        [.. Lines.Select(line => new OrderLine(line.OrderItemId, line.SellerSku, line.Quantity))],
        settings ?? DefaultSettings);

    public OrderUnshipped Unshipped(StoreSettings? settings = null, Buyer? buyer = null) => new(
        AmazonOrderId, "store-us", "ATVPDKIKX0DER", "MFN", PurchaseDate, PurchaseDate.AddMinutes(10), Lines,
        OrderTotal, "USD", buyer ?? BuyerNamed("Jane Q Buyer", $"{AmazonOrderId}-buyer@marketplace.amazon.com"),
        settings ?? DefaultSettings)
    {
        ShipmentServiceLevel = "Expedited",
    };

    public OrderShipped Shipped(StoreSettings? settings = null) => new(
        AmazonOrderId, "store-us", "ATVPDKIKX0DER", "AFN", PurchaseDate, PurchaseDate.AddHours(20), Lines,
        OrderTotal, "USD", BuyerNamed("Jane Q Buyer", $"{AmazonOrderId}-buyer@marketplace.amazon.com"),
        settings ?? DefaultSettings)
    {
        ShipmentServiceLevel = "Standard",
    };

    public OrderCanceled Canceled(string channel = "MFN") =>
        new(AmazonOrderId, "store-us", channel, PurchaseDate.AddHours(1), DefaultSettings);

    public static Buyer BuyerNamed(string? name, string? email) => new(name, email, ShipTo);

    private static DateTimeOffset PurchaseDate => new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
}
