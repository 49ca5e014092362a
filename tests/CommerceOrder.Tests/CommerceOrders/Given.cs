using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders;
using Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;
using Fulfillment.CommerceOrder.Websites;

namespace Fulfillment.CommerceOrder.Tests.CommerceOrders;

/// <summary>The facts the Commerce order tests start from: one store, one website, a two-line MFN order.</summary>
public static class Given
{
    public const string OrderId = "111-2223334-4445556";
    public const string StoreId = "store-us";
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static readonly CommerceWebsites Websites = new()
    {
        Websites = { ["base"] = new CommerceWebsite { DefaultStoreView = "default", StoreViews = ["default", "fr"] } },
    };

    public static readonly CreationSettings Settings = new(
        Version: 3, WebsiteCode: "base", ImportOrders: true, StoreViewCode: null, CustomerCreation: "Guest",
        OrderNumberSource: "CommerceNumber", CustomProcessingStatus: null);

    public static readonly IReadOnlyList<VerifiedLine> Lines =
    [
        new("item-1", "MUG-RED", "Red mug", 2, ItemPrice: 20.00m, ItemTax: 1.60m, ShippingPrice: 4.99m,
            ShippingTax: 0.40m, PromotionDiscount: 2.00m, ShippingDiscount: 1.00m),
        new("item-2", "TEE-M", "T-shirt M", 1, ItemPrice: 15.50m, ItemTax: 1.24m, ShippingPrice: 0m,
            ShippingTax: 0m, PromotionDiscount: 0m, ShippingDiscount: 0m),
    ];

    /// <summary>Amazon's total: items + shipping + taxes - promotions.</summary>
    public const decimal OrderTotal = 20.00m + 1.60m + 4.99m + 0.40m - 2.00m - 1.00m + 15.50m + 1.24m;

    public static VerifyAmazonOrder Verification(
        string channel = FulfillmentChannels.Merchant, CreationSettings? settings = null) => new(
        OrderId, StoreId, "ATVPDKIKX0DER", channel, Lines, OrderTotal, "USD", "Standard", settings ?? Settings, Now);

    public static Product Product(string sku, int quantity, bool enabled = true, bool manageStock = true) =>
        Fulfillment.CommerceOrder.Catalog.Product.Create(new ProductSaved(sku, $"Product {sku}", enabled, quantity, manageStock, Now));

    public static IReadOnlyDictionary<string, Product?> Stock(params Product[] products) =>
        products.ToDictionary(product => product.Id, product => (Product?)product);

    public static IReadOnlyDictionary<string, Product?> InStock => Stock(Product("MUG-RED", 10), Product("TEE-M", 5));

    /// <summary>Replays <paramref name="events"/> onto <paramref name="process"/> the way Marten does.</summary>
    public static CommerceOrderProcess Apply(CommerceOrderProcess? process, IEnumerable<object> events) =>
        events.Aggregate(process, (current, @event) => @event switch
        {
            AmazonOrderPendingNoted noted => CommerceOrderProcess.Create(noted),
            AmazonOrderVerified verified => current is null ? CommerceOrderProcess.Create(verified) : current.Apply(verified),
            OrderCreationCanceled canceled => current is null ? CommerceOrderProcess.Create(canceled) : current.Apply(canceled),
            StockReservationSkipped skipped => current!.Apply(skipped),
            OrderCreationSkipped skipped => current!.Apply(skipped),
            OrderCreationBlocked blocked => current!.Apply(blocked),
            CustomerRequested requested => current!.Apply(requested),
            OrderPlaced placed => current!.Apply(placed),
            OrderInvoiced invoiced => current!.Apply(invoiced),
            OrderRefunded refunded => current!.Apply(refunded),
            OrderClosed closed => current!.Apply(closed),
            ShipmentRecorded shipped => current!.Apply(shipped),
            OrderCompleted completed => current!.Apply(completed),
            OrderFlaggedForReturn flagged => current!.Apply(flagged),
            IStockEvent => current,
            _ => throw new ArgumentException($"Unknown event {@event.GetType().Name}"),
        })!;

    /// <summary>Applies the stock events of <paramref name="events"/> to <paramref name="products"/>.</summary>
    public static IReadOnlyDictionary<string, Product?> ApplyStock(
        IReadOnlyDictionary<string, Product?> products, IEnumerable<object> events) =>
        events.OfType<IStockEvent>().Aggregate(products.ToDictionary(), (current, @event) =>
        {
            var product = current[@event.Sku]!;
            current[@event.Sku] = @event switch
            {
                StockReserved reserved => product.Apply(reserved),
                StockReservationReleased released => product.Apply(released),
                StockDeducted deducted => product.Apply(deducted),
                StockReturned returned => product.Apply(returned),
                _ => product,
            };
            return current;
        });
}
