using System.Text.Json;
using Fulfillment.Contracts.Shipments;
using static Fulfillment.SystemTests.TrackingSync.ShipmentMessages;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>T2: every package, not only the last tracking number, reaches Amazon once, with Amazon's carrier codes.</summary>
public sealed class EveryPackageConfirmedTests : TrackingSyncTest
{
    [Test]
    public async Task Given_three_packages_over_two_shipments_When_shipped_Then_each_is_confirmed_once_and_Amazon_goes_PartiallyShipped_then_Shipped()
    {
        var storeId = NewStoreId();
        await PublishStoreAsync(storeId, settingsVersion: 1);
        var order = await AmazonOrders.PlaceUnshippedAsync(2, 1, 1);
        var (mugs, plate, bowl) = (order.OrderItemIds[0], order.OrderItemIds[1], order.OrderItemIds[2]);

        var first = Shipment(storeId, order.AmazonOrderId, new TestPackage("1", "ups", "UPS", "1Z999AA10123456784", (mugs, 1)));
        await PublishAsync(first);
        await Confirmations.WaitForAsync(first, "Confirmed");
        var statusAfterFirst = await AmazonOrders.StatusAsync(order.AmazonOrderId);

        var second = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("2", "fedex", "Federal Express", "794644790132", (mugs, 1), (plate, 1)),
            new TestPackage("3", "custom", "Parcel Bros", "PB-778899", (bowl, 1)));
        await PublishAsync(second);
        var confirmed = await Confirmations.WaitForAsync(second, "Confirmed");

        var amazon = await AmazonOrders.ViewAsync(order.AmazonOrderId);
        var received = amazon.GetProperty("shipmentConfirmations").EnumerateArray().ToList();
        var byReference = received.ToDictionary(confirmation => confirmation.GetProperty("packageReferenceId").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(statusAfterFirst, Is.EqualTo("PartiallyShipped"));
            Assert.That(amazon.GetProperty("orderStatus").GetString(), Is.EqualTo("Shipped"));
            Assert.That(received.Select(c => c.GetProperty("packageReferenceId").GetString()), Is.EquivalentTo(new[] { "1", "2", "3" }));
            Assert.That(byReference["1"].GetProperty("carrierCode").GetString(), Is.EqualTo("UPS"));
            Assert.That(byReference["2"].GetProperty("carrierCode").GetString(), Is.EqualTo("FedEx"));
            Assert.That(byReference["2"].GetProperty("trackingNumber").GetString(), Is.EqualTo("794644790132"));
            Assert.That(byReference["2"].GetProperty("items").GetArrayLength(), Is.EqualTo(2));
            Assert.That(byReference["3"].GetProperty("carrierCode").GetString(), Is.EqualTo("Other"));
            Assert.That(byReference["3"].GetProperty("carrierName").GetString(), Is.EqualTo("Parcel Bros"));
            Assert.That(
                confirmed.GetProperty("packages").EnumerateArray().Select(p => p.GetProperty("attempts").GetInt32()),
                Is.All.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_USPS_and_a_DHL_package_When_Amazon_accepts_both_Then_it_has_its_carrier_codes_and_the_ship_date_and_ShipmentConfirmed_is_published_once()
    {
        var storeId = NewStoreId();
        await PublishStoreAsync(storeId, settingsVersion: 1);
        var order = await AmazonOrders.PlaceUnshippedAsync(1, 1);
        // Shipped yesterday, in the warehouse's time zone, to the second as Amazon keeps it.
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        var shippedAt = yesterday.AddTicks(-(yesterday.Ticks % TimeSpan.TicksPerSecond)).ToOffset(TimeSpan.FromHours(-7));
        var shipment = Shipment(storeId, order.AmazonOrderId,
            new TestPackage("1", "usps", "USPS", "9400111899223197428490", (order.OrderItemIds[0], 1)),
            new TestPackage("2", "dhl", "DHL", "JD014600006281230707", (order.OrderItemIds[1], 1))) with { ShippedAt = shippedAt };

        await PublishAsync(shipment);
        await Confirmations.WaitForAsync(shipment, "Confirmed");
        await Infrastructure.Eventually.GetAsync(
            () => Task.FromResult(TrackingSyncSystem.Published.Last<ShipmentConfirmed>(order.AmazonOrderId)),
            TimeSpan.FromSeconds(30), "ShipmentConfirmed");

        var published = TrackingSyncSystem.Published.Last<ShipmentConfirmed>(order.AmazonOrderId)!;
        var listed = await Confirmations.OfOrderAsync(order.AmazonOrderId);
        var atAmazon = (await AmazonOrders.ViewAsync(order.AmazonOrderId)).GetProperty("shipmentConfirmations").EnumerateArray()
            .ToDictionary(confirmation => confirmation.GetProperty("packageReferenceId").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(atAmazon.Keys, Is.EquivalentTo(new[] { "1", "2" }));
            Assert.That(atAmazon["1"].GetProperty("carrierCode").GetString(), Is.EqualTo("USPS"));
            Assert.That(atAmazon["1"].GetProperty("trackingNumber").GetString(), Is.EqualTo("9400111899223197428490"));
            Assert.That(atAmazon["2"].GetProperty("carrierCode").GetString(), Is.EqualTo("DHL"));
            Assert.That(atAmazon["2"].GetProperty("trackingNumber").GetString(), Is.EqualTo("JD014600006281230707"));
            Assert.That(
                atAmazon.Values.Select(c => c.TryGetProperty("carrierName", out var name) ? name.ValueKind : JsonValueKind.Null),
                Is.All.EqualTo(JsonValueKind.Null),
                "a carrier Amazon has a code for goes without a carrier name");
            Assert.That(atAmazon.Values.Select(c => c.GetProperty("shipDate").GetDateTimeOffset()), Is.All.EqualTo(shippedAt),
                "the ship date is the shipment's, not the time it was confirmed");
            Assert.That(TrackingSyncSystem.Published.CountOf<ShipmentConfirmed>(order.AmazonOrderId), Is.EqualTo(1));
            Assert.That(published.ShipmentId, Is.EqualTo(shipment.ShipmentId));
            Assert.That(published.StoreId, Is.EqualTo(storeId));
            Assert.That(published.TrackingNumbers, Is.EqualTo(new[] { "9400111899223197428490", "JD014600006281230707" }));
            Assert.That(listed.Select(c => c.GetProperty("shipmentId").GetString()), Is.EqualTo(new[] { shipment.ShipmentId }));
        });
    }
}
