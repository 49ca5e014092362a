using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>A verified order that cannot be priced lands in the error queue with its reason, and nothing is written.</summary>
public sealed class InvalidVerifiedOrderTests
{
    private static readonly string ErrorQueueName = FulfillmentService.CommerceOrder.QueueOf("order-unshipped") + "_error";

    private static CommerceFixture Commerce => CommerceSideSetUp.Fixture;

    [Test]
    public async Task Given_an_OrderUnshipped_without_lines_When_consumed_Then_it_is_in_the_error_queue_with_the_reason_and_nothing_is_written()
    {
        var order = VerifiedOrders.New();

        await Commerce.PublishAsync(order.Unshipped() with { Lines = [] });

        var fault = await Eventually.GetAsync(
            async () => await ErrorQueue.TakeFaultAsync(Commerce.System.VirtualHost.Name, ErrorQueueName) is { } taken
                && taken.Body.Contains(order.AmazonOrderId) ? taken : null,
            TimeSpan.FromSeconds(30), $"the message in {ErrorQueueName}");
        Assert.Multiple(async () =>
        {
            Assert.That(fault.ExceptionType, Does.Contain("ValidationException"));
            Assert.That(fault.Reason, Does.Contain("Lines"));
            Assert.That(await Commerce.ProcessOfAsync(order.AmazonOrderId), Is.Null);
        });
    }
}
