using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderClosed;
using static Fulfillment.OrderImport.Tests.AmazonOrders.ChannelOrders;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

/// <summary>A2 as the channel order records it: the refund and close of its Commerce order, once.</summary>
public sealed class NoteCommerceOrderClosedTests
{
    private static IReadOnlyList<object> When(AmazonOrder order, string number = "000000042") =>
        NoteCommerceOrderClosedDecider.Decide(
            order, new NoteCommerceOrderClosed(OrderId, number, 39.80m, "USD", Purchased.AddDays(1), Now));

    [Test]
    public void Given_a_Commerce_order_When_it_is_closed_Then_the_refund_and_close_are_recorded() =>
        Assert.That(When(Unshipped().Then([Created()])), Is.EqualTo(new object[] { Closed() }));

    [Test]
    public void Given_a_closed_Commerce_order_When_the_message_is_redelivered_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([Created(), Closed()])), Is.Empty);

    [Test]
    public void Given_no_placement_seen_yet_When_the_close_overtakes_it_Then_the_close_is_recorded_with_the_number()
    {
        var events = When(Unshipped());

        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[] { Closed() }));
            Assert.That(Unshipped().Then(events).Commerce.Number, Is.EqualTo("000000042"));
        });
    }

    [Test]
    public void Given_a_Commerce_order_When_a_close_names_another_number_Then_it_is_refused() =>
        Assert.That(() => When(Unshipped().Then([Created("000000042")]), "000000099"), Throws.InvalidOperationException);
}
