using System.Text.Json;
using static Fulfillment.SystemTests.TrackingSync.ShipmentMessages;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>
/// S8 Read-Only Mode and S7 inactive stores: confirmations are recorded and held, with the reason shown, and go out
/// by themselves when the store may be called again; a store TrackingSync has not heard of yet holds them too.
/// </summary>
public sealed class HeldConfirmationTests : TrackingSyncTest
{
    [TestCase("ReadOnlyMode")]
    [TestCase("StoreInactive")]
    public async Task Given_a_store_that_may_not_call_Amazon_When_shipped_Then_held_until_the_store_changes_and_then_confirmed_once(string reason)
    {
        var storeId = NewStoreId();
        var readOnly = reason == "ReadOnlyMode";
        await PublishStoreAsync(storeId, settingsVersion: 1, active: readOnly, readOnlyMode: readOnly);
        var order = await AmazonOrders.PlaceUnshippedAsync(1);
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "ups", "UPS", "1Z999AA10000000008", (order.OrderItemIds[0], 1)));

        await PublishAsync(shipment);
        var held = await Confirmations.WaitForAsync(shipment, "Held");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var confirmedWhileHeld = await AmazonOrders.ConfirmedPackagesAsync(order.AmazonOrderId);
        await PublishStoreAsync(storeId, settingsVersion: 2);
        var confirmed = await Confirmations.WaitForAsync(shipment, "Confirmed");

        Assert.Multiple(async () =>
        {
            Assert.That(held.GetProperty("holdReason").GetString(), Is.EqualTo(reason));
            Assert.That(Confirmations.Package(held, "1").GetProperty("attempts").GetInt32(), Is.Zero);
            Assert.That(confirmedWhileHeld, Is.Empty, "nothing reaches Amazon while held");
            Assert.That(confirmed.GetProperty("holdReason").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(await AmazonOrders.ConfirmedPackagesAsync(order.AmazonOrderId), Is.EqualTo(new[] { "1" }));
        });
    }

    [Test]
    public async Task Given_a_store_not_heard_of_When_shipped_Then_held_until_it_arrives_and_an_older_version_arriving_late_changes_nothing()
    {
        var storeId = NewStoreId();
        var order = await AmazonOrders.PlaceUnshippedAsync(1);
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "ups", "UPS", "1Z999AA10000000009", (order.OrderItemIds[0], 1)));

        await PublishAsync(shipment);
        var held = await Confirmations.WaitForAsync(shipment, "Held");
        await PublishStoreAsync(storeId, settingsVersion: 3);
        await PublishStoreAsync(storeId, settingsVersion: 2, readOnlyMode: true);
        var confirmed = await Confirmations.WaitForAsync(shipment, "Confirmed");

        Assert.Multiple(async () =>
        {
            Assert.That(held.GetProperty("holdReason").GetString(), Is.EqualTo("StoreUnknown"));
            Assert.That(confirmed.GetProperty("status").GetString(), Is.EqualTo("Confirmed"));
            Assert.That(await AmazonOrders.ConfirmedPackagesAsync(order.AmazonOrderId), Is.EqualTo(new[] { "1" }));
        });
    }
}
