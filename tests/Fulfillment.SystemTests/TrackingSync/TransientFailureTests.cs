using static Fulfillment.SystemTests.TrackingSync.ShipmentMessages;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>
/// T3, T4: throttling and server errors are retried; after an answer lost in a timeout or a dropped connection,
/// Amazon's view of the order is checked before the package is sent again. Every package is confirmed once.
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
        await Confirmations.WaitForAsync(shipment, "Confirmed");

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
    public async Task Given_Amazon_recording_the_package_but_the_answer_lost_When_its_view_is_checked_Then_the_package_is_accepted_without_a_second_call(string fault)
    {
        var (storeId, order) = await StoreAndOrderAsync(2);
        var delay = (int)(TrackingSyncSystem.ClientTimeout.TotalMilliseconds * 2);
        await AmazonOrders.InjectConfirmShipmentFaultAsync(fault, delayMilliseconds: fault == "LateAnswer" ? delay : 0);
        var before = await AmazonOrders.ConfirmShipmentCallsAsync();
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "ups", "UPS", "1Z999AA10000000003", (order.OrderItemIds[0], 1)),
            new TestPackage("2", "ups", "UPS", "1Z999AA10000000004", (order.OrderItemIds[0], 1)));

        await PublishAsync(shipment);
        var confirmed = await Confirmations.WaitForAsync(shipment, "Confirmed");

        var after = await AmazonOrders.ConfirmShipmentCallsAsync();
        var first = Confirmations.Package(confirmed, "1");
        Assert.Multiple(async () =>
        {
            Assert.That(await AmazonOrders.ConfirmedPackagesAsync(order.AmazonOrderId), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(await AmazonOrders.StatusAsync(order.AmazonOrderId), Is.EqualTo("Shipped"));
            Assert.That(after.Accepted - before.Accepted, Is.EqualTo(2), "one confirmShipment per package reached Amazon");
            Assert.That(first.GetProperty("attempts").GetInt32(), Is.EqualTo(1));
            Assert.That(first.GetProperty("lastAnswer").GetProperty("outcome").GetString(), Is.EqualTo("SeenInAmazonsOrder"));
            Assert.That(Confirmations.Package(confirmed, "2").GetProperty("attempts").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_timeout_before_Amazon_acted_When_its_view_is_checked_Then_the_package_is_sent_again_and_accepted()
    {
        var (storeId, order) = await StoreAndOrderAsync(2);
        var delay = (int)(TrackingSyncSystem.ClientTimeout.TotalMilliseconds * 2);
        await AmazonOrders.InjectConfirmShipmentFaultAsync("Delay", delayMilliseconds: delay);
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "ups", "UPS", "1Z999AA10000000005", (order.OrderItemIds[0], 1)),
            new TestPackage("2", "ups", "UPS", "1Z999AA10000000006", (order.OrderItemIds[0], 1)));

        await PublishAsync(shipment);
        var confirmed = await Confirmations.WaitForAsync(shipment, "Confirmed");

        var first = Confirmations.Package(confirmed, "1");
        Assert.Multiple(async () =>
        {
            Assert.That(await AmazonOrders.ConfirmedPackagesAsync(order.AmazonOrderId), Is.EquivalentTo(new[] { "1", "2" }), "package 1 went again after package 2");
            Assert.That(await AmazonOrders.StatusAsync(order.AmazonOrderId), Is.EqualTo("Shipped"));
            Assert.That(first.GetProperty("attempts").GetInt32(), Is.EqualTo(2), "Amazon's view did not show it: sent again");
            Assert.That(first.GetProperty("lastAnswer").GetProperty("outcome").GetString(), Is.EqualTo("Accepted"));
        });
    }

    [Test]
    public async Task Given_the_answer_lost_and_Amazons_view_unreadable_When_sent_again_Then_already_confirmed_counts_as_accepted()
    {
        var (storeId, order) = await StoreAndOrderAsync(1);
        var delay = (int)(TrackingSyncSystem.ClientTimeout.TotalMilliseconds * 2);
        await AmazonOrders.InjectConfirmShipmentFaultAsync("LateAnswer", delayMilliseconds: delay);
        await AmazonOrders.InjectFaultAsync("getOrderItems", "Rejected");
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "ups", "UPS", "1Z999AA10000000007", (order.OrderItemIds[0], 1)));

        await PublishAsync(shipment);
        var confirmed = await Confirmations.WaitForAsync(shipment, "Confirmed");

        var package = Confirmations.Package(confirmed, "1");
        Assert.Multiple(async () =>
        {
            Assert.That(await AmazonOrders.ConfirmedPackagesAsync(order.AmazonOrderId), Is.EqualTo(new[] { "1" }));
            Assert.That(package.GetProperty("attempts").GetInt32(), Is.EqualTo(2));
            Assert.That(package.GetProperty("lastAnswer").GetProperty("outcome").GetString(), Is.EqualTo("AlreadyConfirmed"));
        });
    }

    private static async Task<(string StoreId, UnshippedOrder Order)> StoreAndOrderAsync(params int[] quantities)
    {
        var storeId = NewStoreId();
        await PublishStoreAsync(storeId, settingsVersion: 1);
        return (storeId, await AmazonOrders.PlaceUnshippedAsync(quantities));
    }
}
