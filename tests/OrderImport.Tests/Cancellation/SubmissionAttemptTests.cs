using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Cancellation;
using Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;
using Fulfillment.OrderImport.Tests.AmazonOrders;
using static Fulfillment.OrderImport.Tests.Cancellation.CancelOrders;

namespace Fulfillment.OrderImport.Tests.Cancellation;

/// <summary>
/// The attempt to send a cancel is recorded before Amazon can act on it, and an attempt left without a feed id (a
/// crash, a lost answer) is looked up at Amazon before anything is sent again.
/// </summary>
public sealed class SubmissionAttemptTests
{
    private static readonly string OrderId = ChannelOrders.OrderId;

    private static SellerCancellationSubmissionStarted Started(int attempt = 1) =>
        new(OrderId, CancellationId, attempt, $"document-{attempt}", Now.AddMinutes(-attempt));

    [Test]
    public void Given_a_requested_cancel_When_an_attempt_begins_Then_attempt_1_is_recorded_with_its_document() =>
        Assert.That(
            SellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().With(Requested()), new RecordCancellationSubmissionStarted(CancellationId, "document-1", Now)),
            Is.EqualTo(new object[] { new SellerCancellationSubmissionStarted(OrderId, CancellationId, 1, "document-1", Now) }));

    [Test]
    public void Given_an_attempt_without_a_feed_id_When_another_begins_Then_it_is_attempt_2() =>
        Assert.That(
            SellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().With(Requested(), Started()), new RecordCancellationSubmissionStarted(CancellationId, "document-2", Now)),
            Is.EqualTo(new object[] { new SellerCancellationSubmissionStarted(OrderId, CancellationId, 2, "document-2", Now) }));

    [Test]
    public void Given_a_cancel_whose_feed_id_is_recorded_When_an_attempt_begins_Then_nothing_is_recorded_and_nothing_is_sent() =>
        Assert.That(
            SellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().With(Requested(), Started(), Submitted()),
                new RecordCancellationSubmissionStarted(CancellationId, "document-2", Now)),
            Is.Empty);

    [Test]
    public void Given_an_attempt_recorded_When_the_order_is_read_Then_it_is_open_until_its_feed_id_is_recorded()
    {
        var open = ChannelOrders.Unshipped().With(Requested(), Started()).SellerCancellation!;
        var sent = ChannelOrders.Unshipped().With(Requested(), Started(), Submitted()).SellerCancellation!;

        Assert.Multiple(() =>
        {
            Assert.That(open.HasOpenAttempt, Is.True);
            Assert.That(open.SubmissionAttempts, Is.EqualTo(1));
            Assert.That(sent.HasOpenAttempt, Is.False);
            Assert.That(ChannelOrders.Unshipped().With(Requested()).SellerCancellation!.HasOpenAttempt, Is.False);
        });
    }

    [Test]
    public void Given_an_open_attempt_When_Amazon_shows_the_order_canceled_Then_the_cancel_is_confirmed_without_a_feed_id() =>
        Assert.That(
            SellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().With(Requested(), Started()), new RecordCancellationSeenAtAmazon(CancellationId, Now)),
            Is.EqualTo(new object[] { new SellerCancellationConfirmed(OrderId, CancellationId, null, Now) }));

    [Test]
    public void Given_no_attempt_When_Amazon_shows_the_order_canceled_Then_nothing_is_recorded_here() =>
        Assert.That(
            SellerCancellationDecider.Decide(ChannelOrders.Unshipped().With(Requested()), new RecordCancellationSeenAtAmazon(CancellationId, Now)),
            Is.Empty);

    [Test]
    public void Given_Amazon_shows_the_order_canceled_When_recovering_Then_nothing_is_sent_again() =>
        Assert.That(
            SellerCancellationRecovery.Decide(AmazonOrderStatus.Canceled, [new FeedAtAmazon("1", "DONE", IsFinished: true)]),
            Is.TypeOf<SellerCancellationRecovery.CanceledAtAmazon>());

    [Test]
    public void Given_a_feed_Amazon_has_not_processed_yet_When_recovering_Then_it_waits_for_Amazon() =>
        Assert.That(
            SellerCancellationRecovery.Decide(AmazonOrderStatus.Unshipped,
                [new FeedAtAmazon("1", "DONE", IsFinished: true), new FeedAtAmazon("2", "IN_QUEUE", IsFinished: false)]),
            Is.EqualTo(new SellerCancellationRecovery.WaitForAmazon("2")));

    [Test]
    public void Given_no_feed_since_the_attempt_and_the_order_not_canceled_When_recovering_Then_the_cancel_is_sent_again() =>
        Assert.That(
            SellerCancellationRecovery.Decide(AmazonOrderStatus.Unshipped, []),
            Is.TypeOf<SellerCancellationRecovery.SubmitAgain>());
}
