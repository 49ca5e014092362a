using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Polling;
using Fulfillment.OrderImport.SpApi;

namespace Fulfillment.OrderImport.Tests.Polling;

public sealed class ListingsSeenTests
{
    private static readonly DateTimeOffset Updated = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private static AmazonOrderListing Listing(
        string amazonOrderId = "111-2223334-4445556", AmazonOrderStatus status = AmazonOrderStatus.Unshipped, int secondsLater = 0) =>
        new(amazonOrderId, status, FulfillmentChannel.MFN, "ATVPDKIKX0DER", Updated.AddHours(-1), Updated.AddSeconds(secondsLater),
            new AmazonOrderTotal(39.80m, "USD"), null);

    [TestCase(ImportOutcome.Recorded)]
    [TestCase(ImportOutcome.Unchanged)]
    [TestCase(ImportOutcome.Skipped)]
    public void Given_a_listing_imported_When_listed_again_the_same_Then_it_is_passed_by(ImportOutcome outcome)
    {
        var seen = new ListingsSeen();

        seen.Imported(Listing(), settingsVersion: 3, outcome);

        Assert.That(seen.AlreadyImported(Listing(), settingsVersion: 3), Is.True);
    }

    [Test]
    public void Given_a_listing_imported_When_Amazon_lists_a_later_update_or_another_status_Then_it_is_imported_again()
    {
        var seen = new ListingsSeen();

        seen.Imported(Listing(), 3, ImportOutcome.Recorded);

        Assert.Multiple(() =>
        {
            Assert.That(seen.AlreadyImported(Listing(secondsLater: 1), 3), Is.False);
            Assert.That(seen.AlreadyImported(Listing(status: AmazonOrderStatus.Shipped), 3), Is.False);
            Assert.That(seen.AlreadyImported(Listing("111-0000000-0000001"), 3), Is.False);
        });
    }

    [Test]
    public void Given_a_listing_imported_When_the_store_settings_changed_since_Then_it_is_imported_again()
    {
        var seen = new ListingsSeen();

        seen.Imported(Listing(), 3, ImportOutcome.Unchanged);

        Assert.That(seen.AlreadyImported(Listing(), 4), Is.False);
    }

    [Test]
    public void Given_an_import_that_failed_after_a_good_one_When_listed_again_Then_it_is_imported_again()
    {
        var seen = new ListingsSeen();
        seen.Imported(Listing(), 3, ImportOutcome.Recorded);

        seen.Imported(Listing(), 3, ImportOutcome.Failed);

        Assert.That(seen.AlreadyImported(Listing(), 3), Is.False);
    }

    [Test]
    public void Given_more_orders_than_kept_When_one_more_is_imported_Then_the_older_ones_are_forgotten_not_wrongly_passed()
    {
        var seen = new ListingsSeen();
        for (var index = 0; index < ListingsSeen.MostOrders; index++)
        {
            seen.Imported(Listing($"111-{index:D7}-0000000"), 3, ImportOutcome.Unchanged);
        }

        seen.Imported(Listing("222-0000000-0000000"), 3, ImportOutcome.Unchanged);

        Assert.Multiple(() =>
        {
            Assert.That(seen.AlreadyImported(Listing("111-0000000-0000000"), 3), Is.False);
            Assert.That(seen.AlreadyImported(Listing("222-0000000-0000000"), 3), Is.True);
        });
    }
}
