using Fulfillment.OrderImport.Cancellation;
using Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;
using Fulfillment.OrderImport.Tests.AmazonOrders;
using static Fulfillment.OrderImport.Tests.Cancellation.CancelOrders;

namespace Fulfillment.OrderImport.Tests.Cancellation;

public sealed class SellerCancellationDeciderTests
{
    private static readonly string OrderId = ChannelOrders.OrderId;

    [Test]
    public void Given_a_requested_cancel_When_the_feed_is_created_Then_its_feed_id_is_recorded() =>
        Assert.That(
            SellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().With(Requested()), new RecordCancellationSubmitted(CancellationId, "50000000001", Now, 2)),
            Is.EqualTo(new object[] { new SellerCancellationSubmitted(OrderId, CancellationId, "50000000001", Now, 2) }));

    [Test]
    public void Given_a_submitted_cancel_When_submitted_again_after_a_restart_Then_nothing_is_recorded() =>
        Assert.That(
            SellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().With(Requested(), Submitted()), new RecordCancellationSubmitted(CancellationId, "2", Now, 1)),
            Is.Empty);

    [Test]
    public void Given_a_submitted_cancel_When_the_report_has_no_error_Then_it_is_confirmed_with_its_feed() =>
        Assert.That(
            SellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().With(Requested(), Submitted()), new RecordCancellationConfirmed(CancellationId, Now)),
            Is.EqualTo(new object[] { new SellerCancellationConfirmed(OrderId, CancellationId, "50000000001", Now) }));

    [Test]
    public void Given_a_requested_cancel_not_yet_sent_When_confirmed_Then_nothing_is_recorded() =>
        Assert.That(
            SellerCancellationDecider.Decide(ChannelOrders.Unshipped().With(Requested()), new RecordCancellationConfirmed(CancellationId, Now)),
            Is.Empty);

    [Test]
    public void Given_a_submitted_cancel_When_Amazon_refuses_Then_Amazon_message_is_recorded() =>
        Assert.That(
            SellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().With(Requested(), Submitted()),
                new RecordCancellationRejected(CancellationId, "Order is Shipped and can no longer be canceled.", Now)),
            Is.EqualTo(new object[]
            {
                new SellerCancellationRejected(OrderId, CancellationId, "50000000001", "Order is Shipped and can no longer be canceled.", Now),
            }));

    [Test]
    public void Given_a_confirmed_cancel_When_refused_late_Then_nothing_is_recorded()
    {
        var confirmed = new SellerCancellationConfirmed(OrderId, CancellationId, "50000000001", Now);

        Assert.That(
            SellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().With(Requested(), Submitted(), confirmed), new RecordCancellationRejected(CancellationId, "x", Now)),
            Is.Empty);
    }

    [Test]
    public void Given_a_newer_cancel_When_a_step_of_an_older_one_arrives_Then_nothing_is_recorded() =>
        Assert.That(
            SellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().With(Requested(id: Guid.NewGuid())), new RecordCancellationSubmitted(CancellationId, "1", Now, 1)),
            Is.Empty);
}
