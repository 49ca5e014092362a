using Fulfillment.CommerceOrder.CommerceOrders;
using Fulfillment.CommerceOrder.CommerceOrders.NoteAmazonOrderPending;

namespace Fulfillment.CommerceOrder.Tests.CommerceOrders;

public sealed class NoteAmazonOrderPendingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly NoteAmazonOrderPending Command = new(
        "111-2223334-4445556", "store-us", "MFN", [new CommerceOrderLine("11111111111111", "SKU-MUG-RED", 2)], Now);

    [Test]
    public void Given_an_unknown_order_When_noted_Then_it_awaits_Amazon_verification()
    {
        var events = NoteAmazonOrderPendingDecider.Decide(null, Command);

        Assert.That(events, Is.EqualTo(new object[]
        {
            new AmazonOrderPendingNoted("111-2223334-4445556", "store-us", "MFN", Command.Lines, Now),
        }));
        var process = CommerceOrderProcess.Create((AmazonOrderPendingNoted)events[0]);
        Assert.That(process.Stage, Is.EqualTo(CommerceOrderStage.AwaitingAmazonVerification));
    }

    [Test]
    public void Given_an_order_already_noted_When_noted_again_Then_nothing_happens()
    {
        var process = CommerceOrderProcess.Create(
            (AmazonOrderPendingNoted)NoteAmazonOrderPendingDecider.Decide(null, Command)[0]);

        var events = NoteAmazonOrderPendingDecider.Decide(process, Command with { Now = Now.AddMinutes(3) });

        Assert.That(events, Is.Empty);
    }
}
