using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Cancellation;
using Fulfillment.OrderImport.Cancellation.RequestSellerCancellation;
using Fulfillment.OrderImport.Stores;
using Fulfillment.OrderImport.Tests.AmazonOrders;
using static Fulfillment.OrderImport.Tests.Cancellation.CancelOrders;

namespace Fulfillment.OrderImport.Tests.Cancellation;

public sealed class RequestSellerCancellationTests
{
    private static readonly RequestSellerCancellation Cancel = new(CancellationId, "NoInventory", "Operator", Now);

    [Test]
    public void Given_an_unshipped_MFN_order_When_canceled_Then_the_request_is_recorded_with_who_when_why_and_settings_version() =>
        Assert.That(
            RequestSellerCancellationDecider.Decide(ChannelOrders.Unshipped(), Store(), Cancel),
            Is.EqualTo(new object[] { Requested() }));

    [Test]
    public void Given_an_order_Amazon_reports_partially_shipped_with_nothing_shipped_from_Commerce_When_canceled_Then_it_is_recorded()
    {
        var order = ChannelOrders.Unshipped() with { Status = AmazonOrderStatus.PartiallyShipped };

        Assert.That(RequestSellerCancellationDecider.Decide(order, Store(), Cancel), Has.Exactly(1).TypeOf<SellerCancellationRequested>());
    }

    [TestCase(AmazonOrderStatus.Pending)]
    [TestCase(AmazonOrderStatus.Shipped)]
    [TestCase(AmazonOrderStatus.Canceled)]
    public void Given_an_order_that_is_not_unshipped_When_canceled_Then_it_is_refused(AmazonOrderStatus status) =>
        Assert.That(
            () => RequestSellerCancellationDecider.Decide(ChannelOrders.Unshipped() with { Status = status }, Store(), Cancel),
            Throws.TypeOf<CancellationRefusedException>().With.Message.Contains(status.ToString()));

    [Test]
    public void Given_an_order_with_a_Commerce_shipment_When_canceled_Then_it_is_refused() =>
        Assert.That(
            () => RequestSellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().Then([ChannelOrders.FirstShipment()]), Store(), Cancel),
            Throws.TypeOf<CancellationRefusedException>().With.Message.Contains("units shipped"));

    [Test]
    public void Given_an_FBA_order_When_canceled_Then_it_is_refused() =>
        Assert.That(
            () => RequestSellerCancellationDecider.Decide(
                ChannelOrders.Unshipped() with { FulfillmentChannel = FulfillmentChannel.AFN }, Store(), Cancel),
            Throws.TypeOf<CancellationRefusedException>().With.Message.Contains("FBA"));

    [Test]
    public void Given_an_inactive_store_When_canceled_Then_it_is_refused_and_nothing_will_be_sent() =>
        Assert.That(
            () => RequestSellerCancellationDecider.Decide(
                ChannelOrders.Unshipped(), Store(OrderSettings.Defaults with { State = StoreState.Inactive }), Cancel),
            Throws.TypeOf<CancellationRefusedException>().With.Message.Contains("Inactive"));

    [Test]
    public void Given_a_store_in_read_only_mode_When_canceled_Then_the_request_is_recorded_to_be_held() =>
        Assert.That(
            RequestSellerCancellationDecider.Decide(
                ChannelOrders.Unshipped(), Store(OrderSettings.Defaults with { ReadOnlyMode = true }), Cancel),
            Has.Exactly(1).TypeOf<SellerCancellationRequested>());

    [Test]
    public void Given_a_cancel_on_its_way_When_the_same_reason_is_asked_again_Then_nothing_more_is_recorded() =>
        Assert.That(
            RequestSellerCancellationDecider.Decide(ChannelOrders.Unshipped().With(Requested()), Store(), Cancel with { CancellationId = Guid.NewGuid() }),
            Is.Empty);

    [Test]
    public void Given_a_cancel_on_its_way_When_another_reason_is_asked_Then_it_is_refused() =>
        Assert.That(
            () => RequestSellerCancellationDecider.Decide(
                ChannelOrders.Unshipped().With(Requested(), Submitted()), Store(), Cancel with { ReasonCode = "BuyerCanceled" }),
            Throws.TypeOf<CancellationRefusedException>().With.Message.Contains("NoInventory"));

    [Test]
    public void Given_a_cancel_Amazon_refused_When_asked_again_Then_a_new_request_is_recorded()
    {
        var refused = new SellerCancellationRejected(ChannelOrders.OrderId, CancellationId, "1", "No.", Now);
        var again = Cancel with { CancellationId = Guid.NewGuid(), ReasonCode = "GeneralAdjustment" };

        var events = RequestSellerCancellationDecider.Decide(ChannelOrders.Unshipped().With(Requested(), refused), Store(), again);

        Assert.That(events, Is.EqualTo(new object[] { Requested("GeneralAdjustment", again.CancellationId) }));
    }
}
