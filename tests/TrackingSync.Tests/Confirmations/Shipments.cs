using Fulfillment.TrackingSync.Confirmations;
using Fulfillment.TrackingSync.Stores;

namespace Fulfillment.TrackingSync.Tests.Confirmations;

/// <summary>A two-package shipment of one Amazon order, and the state its events lead to.</summary>
public static class Shipments
{
    public const string ShipmentId = "shipment-1";
    public const string AmazonOrderId = "113-1234567-1234567";
    public const string StoreId = "store-us";
    public static readonly DateTimeOffset ShippedAt = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 5, 0, TimeSpan.Zero);

    public static ConfirmationRequested Requested() => new(
        ShipmentId, AmazonOrderId, StoreId, "ATVPDKIKX0DER", "000000042",
        [
            new RequestedPackage("1", "ups", "United Parcel Service", "1Z999AA10123456784", [new RequestedItem("11111111111111", 2)]),
            new RequestedPackage("2", "custom", "Parcel Bros", "PB-778899", [new RequestedItem("22222222222222", 1)]),
        ],
        ShippedAt, Now.AddMinutes(-1));

    public static ShipmentConfirmation Given(params object[] laterEvents) =>
        laterEvents.Aggregate(ShipmentConfirmation.Create(Requested()), (state, @event) => state.After(@event));

    public static PackageSent Sent(string packageReferenceId, int attempt = 1) => new(ShipmentId, packageReferenceId, attempt, Now);

    public static PackageAccepted Accepted(string packageReferenceId, int attempt = 1) =>
        new(ShipmentId, packageReferenceId, attempt, false, Now);

    public static PackageRejected Rejected(string packageReferenceId) => new(
        ShipmentId, AmazonOrderId, StoreId, packageReferenceId, "PB-778899", 1, "InvalidInput", "OrderItemId is invalid", Now);

    public static AmazonStore Store(bool active = true, bool readOnlyMode = false) => new(
        StoreId, "A1SELLER", "ATVPDKIKX0DER", new Uri("http://127.0.0.1:5180"), "demo", active, readOnlyMode, 3, Now);
}
