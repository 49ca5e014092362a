using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.OrdersView;
using static Fulfillment.OrderImport.Tests.OrdersView.OrderSummaries;

namespace Fulfillment.OrderImport.Tests.OrdersView;

/// <summary>The grid row an order's events make (O1): channel status, totals, units and notes.</summary>
public sealed class OrderSummaryProjectionTests
{
    [Test]
    public void Given_a_pending_order_When_imported_Then_it_is_listed_Pending_without_total_with_its_units()
    {
        var summary = Given();

        Assert.Multiple(() =>
        {
            Assert.That(summary.Id, Is.EqualTo(OrderId));
            Assert.That(summary.ChannelStatus, Is.EqualTo("Pending"));
            Assert.That(summary.AmazonStatus, Is.EqualTo(AmazonOrderStatus.Pending));
            Assert.That(summary.PurchaseDate, Is.EqualTo(Purchased));
            Assert.That(summary.LastUpdateDate, Is.EqualTo(Purchased.AddMinutes(1)));
            Assert.That(summary.GrandTotal, Is.Null);
            Assert.That(summary.ItemsOrdered, Is.EqualTo(3));
            Assert.That(summary.Notes, Is.Empty);
            Assert.That(summary.CommerceOrderNumber, Is.Null);
        });
    }

    [Test]
    public void Given_a_pending_order_When_Amazon_verifies_it_and_gives_prices_Then_it_is_Unshipped_with_its_total()
    {
        var summary = Given(StatusChanged(AmazonOrderStatus.Pending, AmazonOrderStatus.Unshipped, 30), DetailsRecorded());

        Assert.Multiple(() =>
        {
            Assert.That(summary.ChannelStatus, Is.EqualTo("Unshipped"));
            Assert.That(summary.AmazonStatus, Is.EqualTo(AmazonOrderStatus.Unshipped));
            Assert.That(summary.LastUpdateDate, Is.EqualTo(Purchased.AddMinutes(30)));
            Assert.That(summary.GrandTotal, Is.EqualTo(87.80m));
            Assert.That(summary.CurrencyCode, Is.EqualTo("USD"));
            Assert.That(summary.ItemsOrdered, Is.EqualTo(3));
        });
    }

    [Test]
    public void Given_an_order_When_its_import_fails_Then_the_channel_status_is_Error_with_a_note_naming_the_problem()
    {
        var summary = Given(Failed("OrderStatus 'Lost' is not one of Amazon's statuses"));

        Assert.Multiple(() =>
        {
            Assert.That(summary.ChannelStatus, Is.EqualTo(ChannelStatuses.Error));
            Assert.That(summary.AmazonStatus, Is.EqualTo(AmazonOrderStatus.Pending));
            Assert.That(summary.Notes, Is.EqualTo(new[] { "Import failed: OrderStatus 'Lost' is not one of Amazon's statuses" }));
        });
    }

    [Test]
    public void Given_an_order_in_Error_When_Amazon_changes_its_status_Then_it_stays_Error_while_the_Amazon_status_moves()
    {
        var summary = Given(Failed("items unreadable"), StatusChanged(AmazonOrderStatus.Pending, AmazonOrderStatus.Unshipped, 30));

        Assert.Multiple(() =>
        {
            Assert.That(summary.ChannelStatus, Is.EqualTo(ChannelStatuses.Error));
            Assert.That(summary.AmazonStatus, Is.EqualTo(AmazonOrderStatus.Unshipped));
            Assert.That(summary.LastUpdateDate, Is.EqualTo(Purchased.AddMinutes(30)));
        });
    }

    [Test]
    public void Given_an_order_in_Error_When_its_import_recovers_Then_the_channel_status_is_Amazons_current_one()
    {
        var summary = Given(
            Failed("items unreadable"),
            StatusChanged(AmazonOrderStatus.Pending, AmazonOrderStatus.Unshipped, 30),
            new AmazonOrderImportRecovered(OrderId, Now));

        Assert.Multiple(() =>
        {
            Assert.That(summary.ChannelStatus, Is.EqualTo("Unshipped"));
            Assert.That(summary.Notes[0], Is.EqualTo("Imported again after the error"));
        });
    }

    [Test]
    public void Given_several_notes_When_listed_Then_the_latest_comes_first()
    {
        var summary = Given(
            Failed("first problem"),
            Failed("second problem"),
            new AmazonOrderImportRecovered(OrderId, Now),
            new BuyerCancellationRequested(OrderId, "Ordered by mistake", Now, Now));

        Assert.That(summary.Notes, Is.EqualTo(new[]
        {
            "The buyer asked to cancel: Ordered by mistake",
            "Imported again after the error",
            "Import failed: second problem",
            "Import failed: first problem",
        }));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Given_a_cancel_request_without_reason_When_noted_Then_the_note_says_so_without_a_dangling_colon(string? reason) =>
        Assert.That(
            Given(new BuyerCancellationRequested(OrderId, reason, Now, Now)).Notes,
            Is.EqualTo(new[] { "The buyer asked to cancel" }));

    [Test]
    public void Given_an_order_When_the_buyer_asks_to_cancel_Then_the_channel_status_does_not_change() =>
        Assert.That(
            Given(StatusChanged(AmazonOrderStatus.Pending, AmazonOrderStatus.Unshipped, 30),
                new BuyerCancellationRequested(OrderId, "Ordered by mistake", Now, Now)).ChannelStatus,
            Is.EqualTo("Unshipped"));

    [Test]
    public void Given_a_verified_order_When_CommerceOrder_blocks_it_Then_it_is_in_Error_with_the_C1_note()
    {
        var summary = Given(Verified, DetailsRecorded(), Blocked("Product 'SKU-LAMP' is out of stock (1 ordered, 0 available)"));

        Assert.Multiple(() =>
        {
            Assert.That(summary.ChannelStatus, Is.EqualTo(ChannelStatuses.Error));
            Assert.That(summary.AmazonStatus, Is.EqualTo(AmazonOrderStatus.Unshipped));
            Assert.That(summary.Notes[0], Is.EqualTo("Cannot create sales order: Product 'SKU-LAMP' is out of stock (1 ordered, 0 available)"));
            Assert.That(summary.CommerceOrderNumber, Is.Null);
        });
    }

    [Test]
    public void Given_a_blocked_order_When_blocked_for_a_new_reason_Then_the_new_reason_is_the_latest_note() =>
        Assert.That(
            Given(Verified, Blocked("Product 'SKU-LAMP' is out of stock"), Blocked("Product 'SKU-LAMP' is disabled")).Notes,
            Is.EqualTo(new[] { "Cannot create sales order: Product 'SKU-LAMP' is disabled", "Cannot create sales order: Product 'SKU-LAMP' is out of stock" }));

    [Test]
    public void Given_a_blocked_order_When_its_Commerce_order_is_created_Then_it_shows_the_number_Amazons_status_and_a_creation_note()
    {
        var summary = Given(Verified, Blocked("Product 'SKU-LAMP' is disabled"), Created("000000042"));

        Assert.Multiple(() =>
        {
            Assert.That(summary.ChannelStatus, Is.EqualTo("Unshipped"));
            Assert.That(summary.CommerceOrderNumber, Is.EqualTo("000000042"));
            Assert.That(summary.Notes[0], Is.EqualTo("Commerce order 000000042 created"));
            Assert.That(summary.Notes, Has.Count.EqualTo(2), "the block stays in the notes' past");
        });
    }

    [Test]
    public void Given_a_blocked_order_When_Amazon_cancels_it_Then_it_shows_Canceled_since_no_Commerce_order_is_wanted_any_more()
    {
        var summary = Given(
            Verified, Blocked("Product 'SKU-LAMP' is disabled"),
            StatusChanged(AmazonOrderStatus.Unshipped, AmazonOrderStatus.Canceled, 60));

        Assert.Multiple(() =>
        {
            Assert.That(summary.ChannelStatus, Is.EqualTo("Canceled"));
            Assert.That(summary.Notes[0], Is.EqualTo("Cannot create sales order: Product 'SKU-LAMP' is disabled"));
        });
    }

    [Test]
    public void Given_a_blocked_order_When_Amazon_changes_its_status_but_not_to_Canceled_Then_it_stays_Error() =>
        Assert.That(
            Given(Verified, Blocked("Product 'SKU-LAMP' is disabled"),
                StatusChanged(AmazonOrderStatus.Unshipped, AmazonOrderStatus.PartiallyShipped, 60)).ChannelStatus,
            Is.EqualTo(ChannelStatuses.Error));

    [Test]
    public void Given_a_blocked_order_When_an_import_problem_comes_and_goes_Then_it_stays_Error_for_the_block() =>
        Assert.That(
            Given(Verified, Blocked("Product 'SKU-LAMP' is disabled"), Failed("items unreadable"),
                new AmazonOrderImportRecovered(OrderId, Now)).ChannelStatus,
            Is.EqualTo(ChannelStatuses.Error));

    [Test]
    public void Given_an_import_problem_When_the_Commerce_order_is_created_Then_it_stays_Error_until_the_import_recovers()
    {
        var created = Given(Verified, Failed("items unreadable"), Created());
        var recovered = Given(Verified, Failed("items unreadable"), Created(), new AmazonOrderImportRecovered(OrderId, Now));

        Assert.Multiple(() =>
        {
            Assert.That(created.ChannelStatus, Is.EqualTo(ChannelStatuses.Error));
            Assert.That(recovered.ChannelStatus, Is.EqualTo("Unshipped"));
        });
    }

    [Test]
    public void Given_an_order_in_Error_for_its_import_When_Amazon_cancels_it_Then_it_stays_Error_until_the_import_recovers() =>
        Assert.That(
            Given(Failed("items unreadable"), StatusChanged(AmazonOrderStatus.Pending, AmazonOrderStatus.Canceled, 60)).ChannelStatus,
            Is.EqualTo(ChannelStatuses.Error));

    [Test]
    public void Given_a_Commerce_order_When_Amazon_cancels_and_it_is_refunded_and_closed_Then_the_close_is_the_latest_note()
    {
        var summary = Given(
            Verified, DetailsRecorded(), Created(), StatusChanged(AmazonOrderStatus.Unshipped, AmazonOrderStatus.Canceled, 60),
            new CommerceOrderRefundedAndClosed(OrderId, "000000042", 87.80m, "USD", Now, Now));

        Assert.Multiple(() =>
        {
            Assert.That(summary.ChannelStatus, Is.EqualTo("Canceled"));
            Assert.That(summary.CommerceOrderNumber, Is.EqualTo("000000042"));
            Assert.That(summary.Notes[0], Is.EqualTo("Commerce order 000000042 refunded in full (87.80 USD) and closed"));
        });
    }
}
