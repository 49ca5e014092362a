using Fulfillment.TrackingSync.Confirmations;
using Fulfillment.TrackingSync.Confirmations.RequestConfirmation;

namespace Fulfillment.TrackingSync.Tests.Confirmations;

public sealed class RequestConfirmationTests
{
    private static RequestConfirmation Command()
    {
        var requested = Shipments.Requested();
        return new RequestConfirmation(
            requested.ShipmentId, requested.AmazonOrderId, requested.StoreId, requested.MarketplaceId,
            requested.CommerceOrderNumber, requested.Packages, requested.ShippedAt, requested.RequestedAt);
    }

    [Test]
    public void Given_a_new_shipment_When_requested_Then_every_package_is_pending()
    {
        var events = RequestConfirmationDecider.Decide(null, Command());

        var confirmation = ShipmentConfirmation.Create((ConfirmationRequested)events.Single());
        Assert.Multiple(() =>
        {
            Assert.That(confirmation.Status, Is.EqualTo(ConfirmationStatus.Pending));
            Assert.That(confirmation.Packages.Select(package => package.PackageReferenceId), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(confirmation.Packages.Select(package => package.State), Is.All.EqualTo(PackageState.Pending));
        });
    }

    [Test]
    public void Given_a_shipment_already_recorded_When_ShipmentCreated_is_redelivered_Then_nothing_is_recorded()
    {
        var events = RequestConfirmationDecider.Decide(Shipments.Given(Shipments.Sent("1"), Shipments.Accepted("1")), Command());

        Assert.That(events, Is.Empty);
    }
}
