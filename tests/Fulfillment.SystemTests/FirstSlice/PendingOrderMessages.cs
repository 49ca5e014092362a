using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.Contracts.AmazonOrders;

namespace Fulfillment.SystemTests.FirstSlice;

public static class PendingOrderMessages
{
    /// <summary>The queue CommerceOrder reads <c>OrderPending</c> from (kebab-case of its consumer).</summary>
    public static readonly string CommerceOrderQueue = FulfillmentService.CommerceOrder.QueueOf("order-pending");

    public static OrderPending For(string amazonOrderId) => new(
        amazonOrderId,
        "store-us",
        "ATVPDKIKX0DER",
        "MFN",
        new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 20, 10, 5, 0, TimeSpan.Zero),
        [new OrderLine("11111111111111", "SKU-MUG-RED", 2)],
        new StoreSettings(
            Version: 1, WebsiteCode: "base", ImportOrders: true, StoreViewCode: null, CustomerCreation: "Guest",
            OrderNumberSource: "CommerceIncrementNumber", PendingOrders: "DoNotReserveQuantity",
            CustomProcessingStatus: null, StoreActive: true, ReadOnlyMode: false));
}
