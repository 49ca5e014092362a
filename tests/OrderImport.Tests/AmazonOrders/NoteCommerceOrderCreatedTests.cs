using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderCreated;
using static Fulfillment.OrderImport.Tests.AmazonOrders.ChannelOrders;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

/// <summary>W3 as the channel order records it: the Commerce order's number, once, and never a second number.</summary>
public sealed class NoteCommerceOrderCreatedTests
{
    private static IReadOnlyList<object> When(AmazonOrder order, string number = "000000042") =>
        NoteCommerceOrderCreatedDecider.Decide(
            order, new NoteCommerceOrderCreated(OrderId, number, Purchased.AddMinutes(90), Now));

    [Test]
    public void Given_a_verified_order_When_its_Commerce_order_is_placed_Then_the_number_is_recorded() =>
        Assert.That(When(Unshipped()), Is.EqualTo(new object[] { Created() }));

    [Test]
    public void Given_a_blocked_order_When_its_Commerce_order_is_placed_Then_the_number_is_recorded_and_the_block_is_over()
    {
        var order = Unshipped().Then([ChannelOrders.Blocked("Product 'SKU-MUG-RED' is disabled", 40)]);

        var events = When(order);

        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[] { Created() }));
            Assert.That(order.Then(events).Commerce, Is.EqualTo(new CommerceOrderProgress("000000042", false, null, Purchased.AddMinutes(40))));
        });
    }

    [Test]
    public void Given_the_Commerce_order_recorded_When_the_message_is_redelivered_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([Created()])), Is.Empty);

    [Test]
    public void Given_the_Commerce_order_closed_When_the_placement_arrives_after_the_close_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([Closed()])), Is.Empty);

    [Test]
    public void Given_a_Commerce_order_recorded_When_another_number_is_placed_for_the_same_Amazon_order_Then_it_is_refused() =>
        Assert.That(
            () => When(Unshipped().Then([Created("000000042")]), "000000043"),
            Throws.InvalidOperationException.With.Message.Contains("000000042").And.Message.Contains("000000043"));
}
