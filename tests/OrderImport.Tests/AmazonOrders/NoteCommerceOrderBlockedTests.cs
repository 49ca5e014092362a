using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderBlocked;
using static Fulfillment.OrderImport.Tests.AmazonOrders.ChannelOrders;

namespace Fulfillment.OrderImport.Tests.AmazonOrders;

/// <summary>C1 as the channel order records it: each new reason once, nothing stale, nothing after creation.</summary>
public sealed class NoteCommerceOrderBlockedTests
{
    private const string OutOfStock = "Product 'SKU-MUG-RED' is out of stock (2 ordered, 0 available)";
    private const string Disabled = "Product 'SKU-MUG-RED' is disabled";

    private static IReadOnlyList<object> When(AmazonOrder order, string reason, int minutesAfterPurchase) =>
        NoteCommerceOrderBlockedDecider.Decide(order, new NoteCommerceOrderBlocked(
            OrderId, reason, BlockingSkus, Purchased.AddMinutes(minutesAfterPurchase), Now));

    [Test]
    public void Given_a_verified_order_When_CommerceOrder_blocks_it_Then_the_block_is_recorded_with_its_reason() =>
        Assert.That(When(Unshipped(), OutOfStock, 40), Is.EqualTo(new object[] { Blocked(OutOfStock, 40) }));

    [Test]
    public void Given_a_blocked_order_When_the_same_message_is_redelivered_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([Blocked(OutOfStock, 40)]), OutOfStock, 40), Is.Empty);

    [Test]
    public void Given_a_blocked_order_When_blocked_again_later_for_the_same_reason_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([Blocked(OutOfStock, 40)]), OutOfStock, 70), Is.Empty);

    [Test]
    public void Given_a_blocked_order_When_blocked_later_for_a_new_reason_Then_the_new_reason_is_recorded() =>
        Assert.That(
            When(Unshipped().Then([Blocked(OutOfStock, 40)]), Disabled, 70),
            Is.EqualTo(new object[] { Blocked(Disabled, 70) }));

    [Test]
    public void Given_two_reasons_recorded_When_the_first_block_is_redelivered_Then_it_does_not_come_back() =>
        Assert.That(When(Unshipped().Then([Blocked(OutOfStock, 40), Blocked(Disabled, 70)]), OutOfStock, 40), Is.Empty);

    [Test]
    public void Given_a_newer_block_recorded_When_an_older_one_arrives_late_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([Blocked(Disabled, 70)]), OutOfStock, 40), Is.Empty);

    [Test]
    public void Given_a_reason_replaced_by_another_When_the_first_reason_is_reported_again_later_Then_it_is_recorded_again() =>
        Assert.That(
            When(Unshipped().Then([Blocked(OutOfStock, 40), Blocked(Disabled, 70)]), OutOfStock, 100),
            Is.EqualTo(new object[] { Blocked(OutOfStock, 100) }));

    [Test]
    public void Given_a_Commerce_order_created_When_a_block_arrives_late_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([Blocked(OutOfStock, 40), Created()]), Disabled, 200), Is.Empty);

    [Test]
    public void Given_a_Commerce_order_closed_When_a_block_arrives_late_Then_nothing_happens() =>
        Assert.That(When(Unshipped().Then([Closed()]), OutOfStock, 40), Is.Empty);
}
