using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Polling;
using Fulfillment.OrderImport.SpApi;
using Fulfillment.OrderImport.Stores;

namespace Fulfillment.OrderImport.Tests.Polling;

public sealed class ImportDecisionTests
{
    private static readonly DateTimeOffset Connected = new(2026, 11, 20, 10, 0, 0, 400, TimeSpan.Zero);

    private static readonly AmazonStore Store = new(
        "store-us", "A2EUQ1WTGCTBG2", "ATVPDKIKX0DER", new Uri("https://sellingpartnerapi-na.amazon.com"), "main", "base",
        OrderSettings.Defaults, 1, Connected);

    private static AmazonOrderListing Listing(
        AmazonOrderStatus status, FulfillmentChannel channel = FulfillmentChannel.MFN, DateTimeOffset? purchased = null) =>
        new("111-2223334-4445556", status, channel, "ATVPDKIKX0DER", purchased ?? Connected.AddMinutes(1),
            (purchased ?? Connected.AddMinutes(1)).AddMinutes(1), null, null);

    [TestCase(AmazonOrderStatus.Pending)]
    [TestCase(AmazonOrderStatus.Unshipped)]
    [TestCase(AmazonOrderStatus.PartiallyShipped)]
    public void Given_an_FBA_order_Amazon_has_not_shipped_When_listed_Then_it_is_skipped(AmazonOrderStatus status) =>
        Assert.That(ImportDecision.For(Listing(status, FulfillmentChannel.AFN), null, Store, false).Verdict,
            Is.EqualTo(ImportVerdict.Skip));

    [Test]
    public void Given_an_FBA_order_Amazon_shipped_When_listed_Then_it_is_imported_with_items_and_buyer() =>
        Assert.That(ImportDecision.For(Listing(AmazonOrderStatus.Shipped, FulfillmentChannel.AFN), null, Store, false),
            Is.EqualTo(new ImportDecision(ImportVerdict.Import, true, true, null)));

    [Test]
    public void Given_a_pending_MFN_order_When_listed_Then_its_items_are_read_without_the_buyer() =>
        Assert.That(ImportDecision.For(Listing(AmazonOrderStatus.Pending), null, Store, false),
            Is.EqualTo(new ImportDecision(ImportVerdict.Import, true, false, null)));

    [Test]
    public void Given_an_order_placed_before_the_store_was_connected_When_polled_Then_it_is_skipped_unless_backfilled()
    {
        var listing = Listing(AmazonOrderStatus.Unshipped, purchased: Connected.AddSeconds(-1));

        Assert.Multiple(() =>
        {
            Assert.That(ImportDecision.For(listing, null, Store, backfill: false).Verdict, Is.EqualTo(ImportVerdict.Skip));
            Assert.That(ImportDecision.For(listing, null, Store, backfill: true).Verdict, Is.EqualTo(ImportVerdict.Import));
        });
    }

    [Test]
    public void Given_an_order_placed_in_the_second_the_store_was_connected_When_polled_Then_it_is_imported() =>
        Assert.That(
            ImportDecision.For(Listing(AmazonOrderStatus.Pending, purchased: Connected.AddMilliseconds(-400)), null, Store, false).Verdict,
            Is.EqualTo(ImportVerdict.Import));
}
