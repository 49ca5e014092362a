using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.OrdersView;
using static Fulfillment.OrderImport.Tests.OrdersView.OrderSummaries;

namespace Fulfillment.OrderImport.Tests.OrdersView;

/// <summary>
/// The grid row of a three-unit order through its shipments (W5, T4, O1): channel status, units shipped and unshipped,
/// and notes, whatever order the facts arrive in.
/// </summary>
public sealed class ShippingStatusProjectionTests
{
    private static readonly CommerceShipmentCreated First = Shipment("shipment-1", units: 1, itemsShipped: 1, itemsUnshipped: 2, hours: 3);
    private static readonly CommerceShipmentCreated Last = Shipment("shipment-2", units: 2, itemsShipped: 3, itemsUnshipped: 0, hours: 5);
    private static readonly AmazonOrderStatusChanged AmazonShipped =
        StatusChanged(AmazonOrderStatus.Unshipped, AmazonOrderStatus.Shipped, 60 * 8);

    private static void AssertRow(OrderSummary summary, string status, int shipped, int unshipped) =>
        Assert.Multiple(() =>
        {
            Assert.That(summary.ChannelStatus, Is.EqualTo(status));
            Assert.That(summary.ItemsShipped, Is.EqualTo(shipped), "items shipped");
            Assert.That(summary.ItemsUnshipped, Is.EqualTo(unshipped), "items unshipped");
        });

    [Test]
    public void Given_a_Commerce_order_When_nothing_is_shipped_yet_Then_all_units_are_unshipped_and_the_status_is_Amazons() =>
        AssertRow(Given(Verified, DetailsRecorded(), Created()), "Unshipped", shipped: 0, unshipped: 3);

    [Test]
    public void Given_a_Commerce_order_When_part_of_it_ships_Then_it_is_PartiallyShipped_with_the_counts_and_a_note_with_the_tracking_number()
    {
        var summary = Given(Verified, Created(), First);

        AssertRow(summary, "PartiallyShipped", shipped: 1, unshipped: 2);
        Assert.That(summary.Notes[0], Is.EqualTo("Shipped 1 unit from Commerce order 000000042 (1 of 3 shipped): UPS 1Z999AA10123456783"));
    }

    [Test]
    public void Given_a_partial_shipment_When_the_rest_ships_Then_it_is_Shipped_with_nothing_left() =>
        AssertRow(Given(Verified, Created(), First, Last), "Shipped", shipped: 3, unshipped: 0);

    [Test]
    public void Given_a_fully_shipped_order_When_Amazon_next_reports_it_Shipped_Then_it_is_Completed() =>
        AssertRow(Given(Verified, Created(), First, Last, Submitted("shipment-2", 6), AmazonShipped), ChannelStatuses.Completed, 3, 0);

    [Test]
    public void Given_Amazon_reports_Shipped_before_the_last_shipment_arrives_When_it_arrives_Then_it_is_Completed()
    {
        var before = Given(Verified, Created(), First, AmazonShipped);
        var after = Given(Verified, Created(), First, AmazonShipped, Last);

        Assert.Multiple(() =>
        {
            AssertRow(before, "PartiallyShipped", shipped: 1, unshipped: 2);
            AssertRow(after, ChannelStatuses.Completed, shipped: 3, unshipped: 0);
        });
    }

    [Test]
    public void Given_Amazon_reports_Shipped_before_any_shipment_arrives_When_the_shipments_arrive_Then_it_ends_Completed()
    {
        var before = Given(Verified, Created(), AmazonShipped);
        var after = Given(Verified, Created(), AmazonShipped, Last, First);

        Assert.Multiple(() =>
        {
            AssertRow(before, "Shipped", shipped: 0, unshipped: 3);
            AssertRow(after, ChannelStatuses.Completed, shipped: 3, unshipped: 0);
        });
    }

    [Test]
    public void Given_the_last_shipment_When_the_first_arrives_late_Then_the_counts_are_not_lowered_and_it_stays_Shipped()
    {
        var summary = Given(Verified, Created(), Last, First);

        AssertRow(summary, "Shipped", shipped: 3, unshipped: 0);
        Assert.That(summary.Shipments.All.Select(shipment => shipment.ShipmentId), Is.EquivalentTo(new[] { "shipment-1", "shipment-2" }));
    }

    [Test]
    public void Given_a_shipment_When_Amazon_accepts_its_tracking_information_Then_the_note_says_so_and_the_status_stays()
    {
        var summary = Given(Verified, Created(), First, Submitted("shipment-1", 4));

        AssertRow(summary, "PartiallyShipped", shipped: 1, unshipped: 2);
        Assert.That(summary.Notes[0], Is.EqualTo("Tracking information has been submitted to Amazon"));
    }

    [Test]
    public void Given_a_shipment_When_Amazon_refuses_its_tracking_information_Then_it_is_Error_with_Amazons_message()
    {
        var summary = Given(Verified, Created(), First, Last, Refused("shipment-2", 6, "The carrier code is invalid"));

        AssertRow(summary, ChannelStatuses.Error, shipped: 3, unshipped: 0);
        Assert.That(summary.Notes[0], Is.EqualTo("Transmission of tracking information failed: The carrier code is invalid"));
    }

    [Test]
    public void Given_a_refused_shipment_When_an_operators_retry_is_accepted_Then_it_is_Shipped_again_or_Completed_once_Amazon_shipped()
    {
        var retried = Given(Verified, Created(), First, Last, Refused("shipment-2", 6), Submitted("shipment-2", 7));
        var amazonShipped = Given(Verified, Created(), First, Last, Refused("shipment-2", 6), AmazonShipped, Submitted("shipment-2", 7));

        Assert.Multiple(() =>
        {
            AssertRow(retried, "Shipped", shipped: 3, unshipped: 0);
            Assert.That(retried.Notes[0], Is.EqualTo("Tracking information has been submitted to Amazon"));
            AssertRow(amazonShipped, ChannelStatuses.Completed, shipped: 3, unshipped: 0);
        });
    }

    [Test]
    public void Given_one_shipment_refused_When_another_shipment_is_accepted_Then_it_stays_Error() =>
        Assert.That(
            Given(Verified, Created(), First, Last, Refused("shipment-1", 4), Submitted("shipment-2", 6)).ChannelStatus,
            Is.EqualTo(ChannelStatuses.Error));

    [Test]
    public void Given_an_acceptance_after_a_retry_When_the_earlier_refusal_comes_after_it_Then_it_is_not_open() =>
        Assert.That(
            Given(Verified, Created(), First, Last, Submitted("shipment-2", 7), Refused("shipment-2", 6)).ChannelStatus,
            Is.EqualTo("Shipped"));

    [Test]
    public void Given_a_refusal_before_its_shipment_arrives_When_the_shipment_arrives_Then_it_stays_Error() =>
        Assert.That(Given(Verified, Created(), Refused("shipment-1", 4), First).ChannelStatus, Is.EqualTo(ChannelStatuses.Error));

    [Test]
    public void Given_a_fully_shipped_order_When_its_import_fails_Then_it_is_Error_until_the_import_recovers()
    {
        var failed = Given(Verified, Created(), First, Last, Failed("items unreadable"));
        var recovered = Given(Verified, Created(), First, Last, Failed("items unreadable"), new AmazonOrderImportRecovered(OrderId, Now));

        Assert.Multiple(() =>
        {
            Assert.That(failed.ChannelStatus, Is.EqualTo(ChannelStatuses.Error));
            Assert.That(recovered.ChannelStatus, Is.EqualTo("Shipped"));
        });
    }

    [Test]
    public void Given_a_blocked_order_When_a_shipment_overtakes_the_placed_message_Then_the_block_is_over_and_the_number_shown()
    {
        var summary = Given(Verified, Blocked("Product 'SKU-LAMP' is disabled"), First);

        AssertRow(summary, "PartiallyShipped", shipped: 1, unshipped: 2);
        Assert.That(summary.CommerceOrderNumber, Is.EqualTo("000000042"));
    }

    [Test]
    public void Given_a_fully_shipped_order_When_Commerce_completes_it_Then_the_note_says_so_and_the_status_is_unchanged()
    {
        var summary = Given(Verified, Created(), First, Last, new CommerceOrderMarkedComplete(OrderId, "000000042", Now, Now));

        AssertRow(summary, "Shipped", shipped: 3, unshipped: 0);
        Assert.That(summary.Notes[0], Is.EqualTo("Commerce order 000000042 is complete"));
    }

    [Test]
    public void Given_an_FBA_order_When_imported_Shipped_Then_every_unit_counts_as_shipped_by_Amazon()
    {
        var summary = OrderSummaryProjection.Create(new AmazonOrderImported(
            OrderId, "store-us", "ATVPDKIKX0DER", FulfillmentChannel.AFN, AmazonOrderStatus.Shipped, Purchased, Purchased,
            Items, Now, 1));

        AssertRow(summary, "Shipped", shipped: 3, unshipped: 0);
    }
}
