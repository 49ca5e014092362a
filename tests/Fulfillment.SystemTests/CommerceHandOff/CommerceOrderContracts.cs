using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.Contracts.CommerceOrders;

namespace Fulfillment.SystemTests.CommerceHandOff;

/// <summary>The contracts CommerceOrder publishes about an Amazon order, as a test publishes them in its place.</summary>
public static class CommerceOrderContracts
{
    public const string StoreId = "store-us";

    /// <summary>The queues OrderImport reads them from (kebab-case of its consumers).</summary>
    public static readonly string PlacedQueue = FulfillmentService.OrderImport.QueueOf("commerce-order-placed");
    public static readonly string BlockedQueue = FulfillmentService.OrderImport.QueueOf("commerce-order-blocked");
    public static readonly string ClosedQueue = FulfillmentService.OrderImport.QueueOf("commerce-order-closed");

    private static readonly DateTimeOffset Start = new(2026, 11, 20, 10, 30, 0, TimeSpan.Zero);

    public static CommerceOrderBlocked Blocked(string amazonOrderId, string reason, int minutesLater = 0) =>
        new(amazonOrderId, StoreId, reason, ["SKU-MUG-RED"], Start.AddMinutes(minutesLater));

    public static CommerceOrderPlaced Placed(string amazonOrderId, string commerceOrderNumber) => new(
        amazonOrderId,
        StoreId,
        commerceOrderNumber,
        FulfillmentChannel: "MFN",
        State: "processing",
        Status: "processing",
        StoreViewCode: "default",
        CustomerId: null,
        CustomerIsGuest: true,
        CustomerEmail: $"{amazonOrderId}@amazon.com",
        PaymentMethod: "amazonpayment",
        ShippingMethod: "amazonshipping",
        ShipmentServiceLevel: "Standard",
        ShipTo: null,
        [new CommerceOrderItem("1", "11111111111111", "SKU-MUG-RED", "Red mug", 2, 19.90m, 39.80m, 0, 0)],
        new CommerceOrderTotals("USD", 39.80m, 0, 0, 0, 39.80m),
        Start.AddHours(1),
        SettingsVersion: 1);

    public static CommerceOrderClosed Closed(string amazonOrderId, string commerceOrderNumber) =>
        new(amazonOrderId, StoreId, commerceOrderNumber, 39.80m, "USD", Start.AddDays(1));
}
