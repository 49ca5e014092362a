using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

public sealed class ImportAmazonOrderTests
{
    private static readonly DateTimeOffset Purchased = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static AmazonOrderSnapshot Snapshot(AmazonOrderStatus status, DateTimeOffset lastUpdate) => new(
        "111-2223334-4445556", "store-us", "ATVPDKIKX0DER", FulfillmentChannel.MFN, status, Purchased, lastUpdate,
        [new AmazonOrderItem("11111111111111", "SKU-MUG-RED", 2)]);

    private static AmazonOrder Given(params object[] events)
    {
        var order = AmazonOrder.Create((AmazonOrderImported)events[0]);
        foreach (var @event in events.Skip(1))
        {
            order = order.Apply((AmazonOrderStatusChanged)@event);
        }

        return order;
    }

    [Test]
    public void Given_no_order_When_a_snapshot_is_imported_Then_the_order_is_imported_as_Amazon_shows_it()
    {
        var snapshot = Snapshot(AmazonOrderStatus.Pending, Purchased.AddMinutes(5));

        var events = ImportAmazonOrderDecider.Decide(null, new ImportAmazonOrder(snapshot, Now));

        Assert.That(events, Is.EqualTo(new object[]
        {
            new AmazonOrderImported(
                "111-2223334-4445556", "store-us", "ATVPDKIKX0DER", FulfillmentChannel.MFN, AmazonOrderStatus.Pending,
                Purchased, Purchased.AddMinutes(5), snapshot.Items, Now),
        }));
    }

    [Test]
    public void Given_an_imported_order_When_the_same_snapshot_arrives_again_Then_nothing_happens()
    {
        var snapshot = Snapshot(AmazonOrderStatus.Pending, Purchased.AddMinutes(5));
        var order = Given(ImportAmazonOrderDecider.Decide(null, new ImportAmazonOrder(snapshot, Now)).ToArray());

        var events = ImportAmazonOrderDecider.Decide(order, new ImportAmazonOrder(snapshot, Now.AddMinutes(1)));

        Assert.That(events, Is.Empty);
    }

    [Test]
    public void Given_an_order_seen_Unshipped_When_an_older_Pending_snapshot_arrives_Then_nothing_happens()
    {
        var order = Given(ImportAmazonOrderDecider.Decide(
            null, new ImportAmazonOrder(Snapshot(AmazonOrderStatus.Unshipped, Purchased.AddMinutes(30)), Now)).ToArray());

        var events = ImportAmazonOrderDecider.Decide(
            order, new ImportAmazonOrder(Snapshot(AmazonOrderStatus.Pending, Purchased.AddMinutes(5)), Now));

        Assert.That(events, Is.Empty);
    }

    [Test]
    public void Given_a_pending_order_When_a_newer_snapshot_shows_Unshipped_Then_the_status_changes_once()
    {
        var order = Given(ImportAmazonOrderDecider.Decide(
            null, new ImportAmazonOrder(Snapshot(AmazonOrderStatus.Pending, Purchased.AddMinutes(5)), Now)).ToArray());

        var events = ImportAmazonOrderDecider.Decide(
            order, new ImportAmazonOrder(Snapshot(AmazonOrderStatus.Unshipped, Purchased.AddMinutes(30)), Now));

        Assert.That(events, Is.EqualTo(new object[]
        {
            new AmazonOrderStatusChanged(
                "111-2223334-4445556", AmazonOrderStatus.Pending, AmazonOrderStatus.Unshipped, Purchased.AddMinutes(30), Now),
        }));
    }
}
