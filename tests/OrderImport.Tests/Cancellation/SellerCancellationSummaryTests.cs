using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Cancellation;
using Fulfillment.OrderImport.OrdersView;
using static Fulfillment.OrderImport.Tests.OrdersView.OrderSummaries;

namespace Fulfillment.OrderImport.Tests.Cancellation;

public sealed class SellerCancellationSummaryTests
{
    private static readonly Guid CancellationId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000c1");

    private static OrderSummary Unshipped(params object[] cancelEvents) => cancelEvents.Aggregate(
        Given(new AmazonOrderStatusChanged(OrderId, AmazonOrderStatus.Pending, AmazonOrderStatus.Unshipped, Purchased.AddMinutes(5), Now, 1)),
        (summary, @event) => @event switch
        {
            SellerCancellationRequested requested => OrderSummaryProjection.Apply(requested, summary),
            SellerCancellationSubmitted submitted => OrderSummaryProjection.Apply(submitted, summary),
            SellerCancellationConfirmed confirmed => OrderSummaryProjection.Apply(confirmed, summary),
            SellerCancellationRejected rejected => OrderSummaryProjection.Apply(rejected, summary),
            _ => When(summary, @event),
        });

    private static readonly SellerCancellationRequested Requested = new(OrderId, "store-us", CancellationId, "NoInventory", "Operator", Now, 1);
    private static readonly SellerCancellationSubmitted Submitted = new(OrderId, CancellationId, "50000000001", Now, 1);
    private static readonly SellerCancellationRejected Rejected = new(OrderId, CancellationId, "50000000001", "Order is Shipped.", Now);

    [Test]
    public void Given_a_cancel_sent_to_Amazon_When_listed_Then_the_note_names_the_reason_and_the_status_stays_Amazon()
    {
        var summary = Unshipped(Requested, Submitted);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Notes[0], Is.EqualTo("Cancellation sent to Amazon: NoInventory"));
            Assert.That(summary.ChannelStatus, Is.EqualTo("Unshipped"));
        });
    }

    [Test]
    public void Given_a_cancel_Amazon_refused_When_listed_Then_it_is_an_Error_with_Amazon_message()
    {
        var summary = Unshipped(Requested, Submitted, Rejected);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Notes[0], Is.EqualTo("Cancellation refused by Amazon: Order is Shipped."));
            Assert.That(summary.ChannelStatus, Is.EqualTo(ChannelStatuses.Error));
        });
    }

    [Test]
    public void Given_a_refused_cancel_When_Amazon_cancels_the_order_after_all_Then_the_status_is_Canceled()
    {
        var canceled = new AmazonOrderStatusChanged(OrderId, AmazonOrderStatus.Unshipped, AmazonOrderStatus.Canceled, Now, Now, 1);

        Assert.That(Unshipped(Requested, Submitted, Rejected, canceled).ChannelStatus, Is.EqualTo("Canceled"));
    }

    [Test]
    public void Given_a_refused_cancel_When_Amazon_reports_the_order_shipped_Then_it_is_no_longer_an_error()
    {
        var shipped = new AmazonOrderStatusChanged(OrderId, AmazonOrderStatus.Unshipped, AmazonOrderStatus.Shipped, Now, Now, 1);

        Assert.That(Unshipped(Requested, Submitted, Rejected, shipped).ChannelStatus, Is.EqualTo("Shipped"));
    }

    [Test]
    public void Given_a_refused_cancel_When_the_operator_asks_again_Then_the_problem_is_no_longer_open() =>
        Assert.That(Unshipped(Requested, Submitted, Rejected, Requested with { CancellationId = Guid.NewGuid() }).ChannelStatus,
            Is.EqualTo("Unshipped"));
}
