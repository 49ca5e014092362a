using static Fulfillment.SystemTests.TrackingSync.ShipmentMessages;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>
/// T4: TrackingSync keeps to Amazon's usage plan for confirmShipment (2 a second, burst 10), which the simulator
/// enforces as Amazon does: many packages shipped at once go out paced, none throttled.
/// </summary>
public sealed class ConfirmationPacingTests : TrackingSyncTest
{
    private const int Shipments = 4;
    private const int PackagesPerShipment = 6;

    [Test]
    public async Task Given_more_packages_at_once_than_the_burst_When_shipped_Then_all_are_confirmed_and_Amazon_throttles_none()
    {
        var storeId = NewStoreId();
        await PublishStoreAsync(storeId, settingsVersion: 1);
        var before = await AmazonOrders.ConfirmShipmentCallsAsync();
        var shipments = new List<Contracts.Shipments.ShipmentCreated>();
        for (var index = 0; index < Shipments; index++)
        {
            var order = await AmazonOrders.PlaceUnshippedAsync(PackagesPerShipment);
            shipments.Add(Shipment(storeId, order.AmazonOrderId, [.. Enumerable.Range(1, PackagesPerShipment).Select(package =>
                new TestPackage($"{package}", "custom", "Parcel Bros", $"PB-PACE-{index}-{package}", (order.OrderItemIds[0], 1)))]));
        }

        await Task.WhenAll(shipments.Select(shipment => PublishAsync(shipment)));
        foreach (var shipment in shipments)
        {
            await Confirmations.WaitForAsync(shipment, "Confirmed");
        }

        var after = await AmazonOrders.ConfirmShipmentCallsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(after.Accepted - before.Accepted, Is.EqualTo(Shipments * PackagesPerShipment), "each package sent once");
            Assert.That(after.Throttled - before.Throttled, Is.Zero, "no call went over Amazon's usage plan");
        });
    }
}
