using Fulfillment.SystemTests.Errors;
using Fulfillment.SystemTests.Infrastructure;
using static Fulfillment.SystemTests.TrackingSync.ShipmentMessages;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>O4 on TrackingSync: Amazon's refusal of a package is listed among the store's Amazon errors.</summary>
public sealed class AmazonErrorsTests : TrackingSyncTest
{
    [Test]
    public async Task Given_Amazon_refusing_a_package_When_confirmed_Then_the_refusal_is_listed_with_Amazons_code_and_message()
    {
        var storeId = NewStoreId();
        await PublishStoreAsync(storeId, settingsVersion: 1);
        var order = await AmazonOrders.PlaceUnshippedAsync(1);
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "ups", "UPS", "1Z999AA10000000007", ("99999999999999", 1)));

        await PublishAsync(shipment);

        var refusal = (await AmazonErrorsApi.WhenListedAsync(
            TrackingSyncSystem.TrackingSync, $"?storeId={storeId}", failure => failure.Operation == "confirmShipment", 1)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(refusal.HttpStatus, Is.EqualTo(400));
            Assert.That(refusal.AmazonCode, Is.EqualTo("InvalidInput"));
            Assert.That(refusal.Message, Does.StartWith("OrderItemId is invalid"));
            Assert.That(refusal.WillRetry, Is.False);
            Assert.That(refusal.SellerId, Is.EqualTo(TrackingSyncSystem.Running.Seller.SellerId));
        });
    }
}
