using System.Net;
using System.Net.Http.Json;
using Fulfillment.SystemTests.CommerceSide;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.Errors;

/// <summary>
/// O4 on CommerceOrder: an <c>OrderUnshipped</c> without lines can never be handled. It is listed with its
/// validation error; re-driven, it fails again and comes back with a new failure (nothing lost on the way); an
/// operator then discards it and the queue is empty.
/// </summary>
public sealed class PoisonMessageTests
{
    private static readonly string ErrorQueueName = FulfillmentService.CommerceOrder.QueueOf("order-unshipped") + "_error";

    private FulfillmentSystem _system = null!;
    private IBusControl _bus = null!;

    private ErrorQueueApi Operator => new(_system[FulfillmentService.CommerceOrder].Http);

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(FulfillmentService.CommerceOrder);
        _bus = await _system.StartTestBusAsync();
    }

    [OneTimeTearDown]
    public async Task StopServices()
    {
        await _bus.StopAsync();
        await _system.DisposeAsync();
    }

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_system.RecentOutput);
        }
    }

    [Test]
    public async Task Given_an_OrderUnshipped_without_lines_When_redriven_Then_it_fails_again_and_is_listed_anew_until_discarded()
    {
        var order = VerifiedOrders.New();
        await _bus.Publish(order.Unshipped() with { Lines = [] });
        var first = await Operator.WhenListedAsync(order.AmazonOrderId);

        using var redrive = await Operator.RedriveAsync(ErrorQueueName, first.MessageId!);
        var outcome = await redrive.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<RedriveOutcomeResponse>();
        var again = await Eventually.GetAsync(
            async () => (await Operator.ListAsync()).FirstOrDefault(message => message.MessageId == first.MessageId && message.FailedAt > first.FailedAt),
            TimeSpan.FromSeconds(30), "the re-driven message to fail again");
        using var discard = await Operator.DiscardAsync(ErrorQueueName, first.MessageId!);

        Assert.Multiple(async () =>
        {
            Assert.That(first.Queue, Is.EqualTo(ErrorQueueName));
            Assert.That(first.MessageType, Does.EndWith(":OrderUnshipped"));
            Assert.That(first.ExceptionType, Does.Contain("ValidationException"));
            Assert.That(first.Reason, Does.Contain("Lines"));
            Assert.That(outcome!.Redriven, Is.EqualTo(new[] { first.MessageId }));
            Assert.That(outcome.InputQueue, Is.EqualTo(FulfillmentService.CommerceOrder.QueueOf("order-unshipped")));
            Assert.That(again.Reason, Is.EqualTo(first.Reason));
            Assert.That(discard.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(await Operator.ListAsync(), Is.Empty);
        });
    }
}
