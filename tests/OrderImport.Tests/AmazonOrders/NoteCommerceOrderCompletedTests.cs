using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderCompleted;
using static Fulfillment.OrderImport.Tests.AmazonOrders.ChannelOrders;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

/// <summary>The Commerce order's completion (W5): noted once, for the Commerce order the channel order knows.</summary>
public sealed class NoteCommerceOrderCompletedTests
{
    private static readonly CommerceOrderMarkedComplete Completed = new(OrderId, "000000042", Purchased.AddHours(5), Now);

    private static IReadOnlyList<object> When(AmazonOrder order, string number = "000000042") =>
        NoteCommerceOrderCompletedDecider.Decide(order, new NoteCommerceOrderCompleted(OrderId, number, Completed.CompletedAt, Now));

    [Test]
    public void Given_a_fully_shipped_order_When_Commerce_completes_it_Then_the_completion_is_recorded()
    {
        var order = Unshipped().Then([Created(), FirstShipment(), LastShipment()]);

        var events = When(order);

        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new object[] { Completed }));
            Assert.That(order.Then(events).Commerce.Complete, Is.True);
        });
    }

    [Test]
    public void Given_a_completed_order_When_the_message_is_redelivered_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([Created(), Completed])), Is.Empty);

    [Test]
    public void Given_a_Commerce_order_When_the_completion_names_another_Commerce_order_Then_it_is_refused() =>
        Assert.That(() => When(Unshipped().Then([Created()]), "000000099"), Throws.InvalidOperationException);
}
