using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

public sealed class ImportAmazonOrderTests
{
    private const string OrderId = "111-2223334-4445556";
    private static readonly DateTimeOffset Purchased = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly AmazonOrderItem UnpricedItem = new("11111111111111", "SKU-MUG-RED", 2);
    private static readonly AmazonOrderItem PricedItem = UnpricedItem with { ItemPrice = new Price(19.90m, "USD") };
    private static readonly AmazonOrderTotal Total = new(39.80m, "USD");

    private static AmazonOrderSnapshot Pending(int minutesAfterPurchase = 5) => new(
        OrderId, "store-us", "ATVPDKIKX0DER", FulfillmentChannel.MFN, AmazonOrderStatus.Pending, Purchased,
        Purchased.AddMinutes(minutesAfterPurchase), [UnpricedItem]);

    private static AmazonOrderSnapshot Unshipped(int minutesAfterPurchase = 30) => Pending(minutesAfterPurchase) with
    {
        OrderStatus = AmazonOrderStatus.Unshipped,
        Items = [PricedItem],
        Total = Total,
        HasBuyerDetails = true,
    };

    private static IReadOnlyList<object> When(AmazonOrder? order, AmazonOrderSnapshot snapshot, int settingsVersion = 1) =>
        ImportAmazonOrderDecider.Decide(order, new ImportAmazonOrder(snapshot, settingsVersion, Now));

    private static AmazonOrder Given(AmazonOrderSnapshot snapshot) =>
        When(null, snapshot).Skip(1).Aggregate(
            AmazonOrder.Create((AmazonOrderImported)When(null, snapshot)[0]),
            (order, @event) => @event switch
            {
                AmazonOrderDetailsRecorded recorded => order.Apply(recorded),
                BuyerCancellationRequested requested => order.Apply(requested),
                _ => throw new InvalidOperationException(@event.GetType().Name),
            });

    [Test]
    public void Given_no_order_When_a_pending_snapshot_is_imported_Then_it_is_imported_without_details()
    {
        var snapshot = Pending();

        var events = When(null, snapshot, settingsVersion: 3);

        Assert.That(events, Is.EqualTo(new object[]
        {
            new AmazonOrderImported(
                OrderId, "store-us", "ATVPDKIKX0DER", FulfillmentChannel.MFN, AmazonOrderStatus.Pending,
                Purchased, Purchased.AddMinutes(5), snapshot.Items, Now, 3),
        }));
    }

    [Test]
    public void Given_no_order_When_first_seen_Unshipped_Then_it_is_imported_with_its_details()
    {
        var snapshot = Unshipped();

        var events = When(null, snapshot);

        Assert.Multiple(() =>
        {
            Assert.That(events, Has.Count.EqualTo(2));
            Assert.That(events[0], Is.TypeOf<AmazonOrderImported>());
            Assert.That(events[1], Is.EqualTo(new AmazonOrderDetailsRecorded(OrderId, snapshot.Items, Total, true, Now)));
        });
    }

    [Test]
    public void Given_an_imported_order_When_the_same_snapshot_arrives_again_Then_nothing_happens() =>
        Assert.That(When(Given(Unshipped()), Unshipped()), Is.Empty);

    [Test]
    public void Given_an_order_seen_Unshipped_When_an_older_Pending_snapshot_arrives_Then_nothing_happens() =>
        Assert.That(When(Given(Unshipped(30)), Pending(5)), Is.Empty);

    [Test]
    public void Given_a_pending_order_When_a_newer_snapshot_shows_Unshipped_Then_the_status_changes_and_details_are_recorded()
    {
        var unshipped = Unshipped(30);

        var events = When(Given(Pending(5)), unshipped, settingsVersion: 2);

        Assert.That(events, Is.EqualTo(new object[]
        {
            new AmazonOrderStatusChanged(
                OrderId, AmazonOrderStatus.Pending, AmazonOrderStatus.Unshipped, Purchased.AddMinutes(30), Now, 2),
            new AmazonOrderDetailsRecorded(OrderId, unshipped.Items, Total, true, Now),
        }));
    }

    [Test]
    public void Given_an_Unshipped_order_When_the_buyer_asks_to_cancel_Then_the_request_is_recorded_once()
    {
        var withRequest = Unshipped(40) with { BuyerRequestedCancel = true, BuyerCancelReason = "Ordered by mistake" };
        var order = Given(Unshipped(30));

        var first = When(order, withRequest);
        var again = When(order.Apply((BuyerCancellationRequested)first.Single()), withRequest);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(new object[] { new BuyerCancellationRequested(OrderId, "Ordered by mistake", Purchased.AddMinutes(40), Now) }));
            Assert.That(again, Is.Empty);
        });
    }

    [Test]
    public void Given_no_order_When_Amazon_gives_a_shipment_service_level_Then_the_import_and_the_order_keep_it()
    {
        var events = When(null, Pending() with { ShipmentServiceLevel = "Expedited" });

        var imported = (AmazonOrderImported)events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(imported.ShipmentServiceLevel, Is.EqualTo("Expedited"));
            Assert.That(AmazonOrder.Create(imported).ShipmentServiceLevel, Is.EqualTo("Expedited"));
        });
    }

    [Test]
    public void Given_an_order_imported_without_a_service_level_When_Amazon_verifies_it_with_one_Then_the_order_keeps_it()
    {
        var order = Given(Pending(5));

        var events = When(order, Unshipped(30) with { ShipmentServiceLevel = "NextDay" });

        var recorded = events.OfType<AmazonOrderDetailsRecorded>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(order.ShipmentServiceLevel, Is.Null);
            Assert.That(recorded.ShipmentServiceLevel, Is.EqualTo("NextDay"));
            Assert.That(order.Apply(recorded).ShipmentServiceLevel, Is.EqualTo("NextDay"));
        });
    }

    [Test]
    public void Given_an_order_with_a_service_level_When_details_come_without_one_Then_the_order_keeps_the_known_one()
    {
        var order = Given(Pending(5) with { ShipmentServiceLevel = "Expedited" });

        var recorded = When(order, Unshipped(30)).OfType<AmazonOrderDetailsRecorded>().Single();

        Assert.That(order.Apply(recorded).ShipmentServiceLevel, Is.EqualTo("Expedited"));
    }
}
