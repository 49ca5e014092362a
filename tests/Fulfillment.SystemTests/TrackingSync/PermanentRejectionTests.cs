using System.Net;
using Fulfillment.Contracts.Shipments;
using Fulfillment.SystemTests.Infrastructure;
using static Fulfillment.SystemTests.TrackingSync.ShipmentMessages;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>
/// T4: Amazon's refusal is kept with its code and message and published as <c>ShipmentConfirmationFailed</c>; an
/// operator's retry sends the refused package again once the cause is fixed.
/// </summary>
public sealed class PermanentRejectionTests : TrackingSyncTest
{
    [Test]
    public async Task Given_an_order_item_id_Amazon_does_not_know_When_confirmed_Then_ShipmentConfirmationFailed_carries_Amazons_message()
    {
        var storeId = NewStoreId();
        await PublishStoreAsync(storeId, settingsVersion: 1);
        var order = await AmazonOrders.PlaceUnshippedAsync(1);
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "ups", "UPS", "1Z999AA10000000005", ("99999999999999", 1)));

        await PublishAsync(shipment);
        var failed = await Confirmations.WaitForAsync(shipment, "Failed");
        var published = await Eventually.GetAsync(
            () => Task.FromResult(TrackingSyncSystem.Published.Last<ShipmentConfirmationFailed>(order.AmazonOrderId)),
            TimeSpan.FromSeconds(30), "ShipmentConfirmationFailed");

        var answer = Confirmations.Package(failed, "1").GetProperty("lastAnswer");
        Assert.Multiple(async () =>
        {
            Assert.That(published.ShipmentId, Is.EqualTo(shipment.ShipmentId));
            Assert.That(published.PackageReferenceId, Is.EqualTo("1"));
            Assert.That(published.TrackingNumber, Is.EqualTo("1Z999AA10000000005"));
            Assert.That(published.AmazonErrorCode, Is.EqualTo("InvalidInput"));
            Assert.That(published.AmazonMessage, Does.StartWith("OrderItemId is invalid"));
            Assert.That(answer.GetProperty("outcome").GetString(), Is.EqualTo("Rejected"));
            Assert.That(answer.GetProperty("message").GetString(), Is.EqualTo(published.AmazonMessage));
            Assert.That(await AmazonOrders.ConfirmedPackagesAsync(order.AmazonOrderId), Is.Empty);
        });
    }

    [Test]
    public async Task Given_a_package_refused_while_Amazon_had_not_verified_the_order_When_an_operator_retries_after_verification_Then_it_is_confirmed()
    {
        var storeId = NewStoreId();
        await PublishStoreAsync(storeId, settingsVersion: 1);
        var order = await AmazonOrders.PlacePendingAsync(1);
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "ups", "UPS", "1Z999AA10000000006", (order.OrderItemIds[0], 1)));
        await PublishAsync(shipment);
        var failed = await Confirmations.WaitForAsync(shipment, "Failed");
        var refusal = Confirmations.Package(failed, "1").GetProperty("lastAnswer").GetProperty("message").GetString();

        await AmazonOrders.ChangeStatusAsync(order.AmazonOrderId, "Unshipped");
        using var retry = await Confirmations.RetryAsync(shipment.AmazonOrderId, shipment.ShipmentId);
        var confirmed = await Confirmations.WaitForAsync(shipment, "Confirmed");
        using var retryConfirmed = await Confirmations.RetryAsync(shipment.AmazonOrderId, shipment.ShipmentId);
        using var retryUnknown = await Confirmations.RetryAsync(shipment.AmazonOrderId, "no-such-shipment");

        Assert.Multiple(async () =>
        {
            Assert.That(refusal, Does.Contain("Pending"));
            Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Confirmations.Package(confirmed, "1").GetProperty("attempts").GetInt32(), Is.EqualTo(2));
            Assert.That(await AmazonOrders.ConfirmedPackagesAsync(order.AmazonOrderId), Is.EqualTo(new[] { "1" }));
            Assert.That(await AmazonOrders.StatusAsync(order.AmazonOrderId), Is.EqualTo("Shipped"));
            Assert.That(retryConfirmed.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "nothing failed: nothing to retry");
            Assert.That(retryUnknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
