using static Fulfillment.SystemTests.TrackingSync.ShipmentMessages;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>
/// T3, T4: throttling and server errors are retried; an answer lost after Amazon recorded the package leads to a
/// re-send that Amazon refuses as already confirmed, which counts as success. Every package is confirmed once.
/// </summary>
public sealed class TransientFailureTests : TrackingSyncTest
{
    [Test]
    public async Task Given_Amazon_throttling_and_failing_When_two_packages_ship_Then_each_is_confirmed_exactly_once()
    {
        var (storeId, order) = await StoreAndOrderAsync(1, 1);
        await AmazonOrders.InjectConfirmShipmentFaultAsync("Throttle", count: 2);
        await AmazonOrders.InjectConfirmShipmentFaultAsync("InternalError", count: 2);
        var before = await AmazonOrders.ConfirmShipmentCallsAsync();
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "ups", "UPS", "1Z999AA10000000001", (order.OrderItemIds[0], 1)),
            new TestPackage("2", "ups", "UPS", "1Z999AA10000000002", (order.OrderItemIds[1], 1)));

        await PublishAsync(shipment);
        await Confirmations.WaitForAsync(shipment.ShipmentId, "Confirmed");

        var after = await AmazonOrders.ConfirmShipmentCallsAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await AmazonOrders.ConfirmedPackagesAsync(order.AmazonOrderId), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(after.Faulted - before.Faulted, Is.EqualTo(4), "every injected fault was met");
            Assert.That(after.Accepted - before.Accepted, Is.EqualTo(2), "no package was sent again once accepted");
            Assert.That(await AmazonOrders.StatusAsync(order.AmazonOrderId), Is.EqualTo("Shipped"));
        });
    }

    [TestCase("LateAnswer")]
    [TestCase("ConnectionLost")]
    public async Task Given_Amazon_recording_the_package_but_the_answer_lost_When_sent_again_Then_already_confirmed_counts_as_accepted(string fault)
    {
        var (storeId, order) = await StoreAndOrderAsync(2);
        var delay = (int)(TrackingSyncSystem.ClientTimeout.TotalMilliseconds * 2);
        await AmazonOrders.InjectConfirmShipmentFaultAsync(fault, delayMilliseconds: fault == "LateAnswer" ? delay : 0);
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "ups", "UPS", "1Z999AA10000000003", (order.OrderItemIds[0], 1)),
            new TestPackage("2", "ups", "UPS", "1Z999AA10000000004", (order.OrderItemIds[0], 1)));

        await PublishAsync(shipment);
        var confirmed = await Confirmations.WaitForAsync(shipment.ShipmentId, "Confirmed");

        var first = Confirmations.Package(confirmed, "1");
        Assert.Multiple(async () =>
        {
            Assert.That(await AmazonOrders.ConfirmedPackagesAsync(order.AmazonOrderId), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(await AmazonOrders.StatusAsync(order.AmazonOrderId), Is.EqualTo("Shipped"));
            Assert.That(first.GetProperty("attempts").GetInt32(), Is.EqualTo(2));
            Assert.That(first.GetProperty("lastAnswer").GetProperty("outcome").GetString(), Is.EqualTo("AlreadyConfirmed"));
            Assert.That(Confirmations.Package(confirmed, "2").GetProperty("attempts").GetInt32(), Is.EqualTo(1));
        });
    }

    private static async Task<(string StoreId, UnshippedOrder Order)> StoreAndOrderAsync(params int[] quantities)
    {
        var storeId = NewStoreId();
        await PublishStoreAsync(storeId, settingsVersion: 1);
        return (storeId, await AmazonOrders.PlaceUnshippedAsync(quantities));
    }
}
