using Fulfillment.Contracts.Shipments;
using Fulfillment.Contracts.Stores;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>A package as the test ships it: carrier, tracking number, and (order item id, units).</summary>
public sealed record TestPackage(
    string PackageReferenceId, string CarrierCode, string CarrierTitle, string TrackingNumber,
    params (string OrderItemId, int Quantity)[] Items);

/// <summary>Publishes what OrderImport and CommerceOrder would: a store's settings, a shipment.</summary>
public static class ShipmentMessages
{
    /// <summary>A store of the simulator's seller that no other test uses.</summary>
    public static string NewStoreId() => $"store-{Guid.NewGuid():N}"[..16];

    public static async Task PublishStoreAsync(
        string storeId, int settingsVersion, bool active = true, bool readOnlyMode = false)
    {
        var system = TrackingSyncSystem.Running;
        await TrackingSyncSystem.Bus.Publish(new AmazonStoreChanged(
            storeId, system.Seller.SellerId, SimulatedSeller.MarketplaceId,
            system[FulfillmentService.SpApiSimulator].BaseAddress.ToString().TrimEnd('/'),
            SimulatedSeller.CredentialsName, active, readOnlyMode, settingsVersion, DateTimeOffset.UtcNow));
    }

    public static ShipmentCreated Shipment(string storeId, string amazonOrderId, params TestPackage[] packages) => new(
        $"shipment-{Guid.NewGuid():N}",
        amazonOrderId,
        storeId,
        SimulatedSeller.MarketplaceId,
        "000000042",
        [.. packages.Select(package => new ShippedPackage(
            package.PackageReferenceId, package.CarrierCode, package.CarrierTitle, package.TrackingNumber,
            [.. package.Items.Select(item => new ShippedItem(item.OrderItemId, "SKU", item.Quantity))]))],
        packages.Sum(package => package.Items.Sum(item => item.Quantity)),
        0,
        DateTimeOffset.UtcNow.AddMinutes(-5));

    /// <param name="messageId">The same id twice is a redelivery; a new one, a republication.</param>
    public static Task PublishAsync(ShipmentCreated shipment, Guid? messageId = null) =>
        TrackingSyncSystem.Bus.Publish(shipment, context => context.MessageId = messageId ?? NewId.NextGuid());
}
