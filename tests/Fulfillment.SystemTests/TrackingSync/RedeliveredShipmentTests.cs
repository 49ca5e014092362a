using static Fulfillment.SystemTests.TrackingSync.ShipmentMessages;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>At-least-once delivery: a <c>ShipmentCreated</c> delivered or published again sends nothing twice.</summary>
public sealed class RedeliveredShipmentTests : TrackingSyncTest
{
    [Test]
    public async Task Given_a_confirmed_shipment_When_its_ShipmentCreated_arrives_again_Then_nothing_is_sent_or_recorded_again()
    {
        var storeId = NewStoreId();
        await PublishStoreAsync(storeId, settingsVersion: 1);
        await PublishStoreAsync(storeId, settingsVersion: 1);
        var order = await AmazonOrders.PlaceUnshippedAsync(2);
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "ups", "UPS", "1Z999AA10000000010", (order.OrderItemIds[0], 1)));
        var messageId = Guid.NewGuid();
        await PublishAsync(shipment, messageId);
        var confirmed = await Confirmations.WaitForAsync(shipment, "Confirmed");
        var callsBefore = await AmazonOrders.ConfirmShipmentCallsAsync();

        await PublishAsync(shipment, messageId);
        await PublishAsync(shipment);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var again = await Confirmations.FindAsync(shipment);
        Assert.Multiple(async () =>
        {
            Assert.That(again!.Value.GetProperty("version").GetInt64(), Is.EqualTo(confirmed.GetProperty("version").GetInt64()));
            Assert.That(await AmazonOrders.ConfirmShipmentCallsAsync(), Is.EqualTo(callsBefore));
            Assert.That(await AmazonOrders.ConfirmedPackagesAsync(order.AmazonOrderId), Is.EqualTo(new[] { "1" }));
            Assert.That(await AmazonOrders.StatusAsync(order.AmazonOrderId), Is.EqualTo("PartiallyShipped"));
        });
    }
}
