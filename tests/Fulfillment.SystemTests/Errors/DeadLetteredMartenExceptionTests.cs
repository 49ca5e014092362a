using System.Net;
using Fulfillment.SystemTests.CommerceSide;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.Errors;

/// <summary>
/// A message whose consumer fails inside Marten reaches the error queue with Marten's exception and PostgreSQL's
/// reason, the way an operator needs them to decide on a re-drive. Marten leaves the failed command in the
/// exception's Data, which a fault cannot carry: the error queue used to name that serialization failure instead.
/// </summary>
public sealed class DeadLetteredMartenExceptionTests
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
    public async Task Given_an_OrderUnshipped_that_PostgreSQL_refuses_to_store_When_every_retry_failed_Then_the_error_queue_names_Martens_exception_and_the_reason()
    {
        var order = VerifiedOrders.New();
        // PostgreSQL's jsonb refuses the NUL character: the buyer's data cannot be stored, on every retry.
        await _bus.Publish(order.Unshipped(buyer: VerifiedOrders.BuyerNamed("Nul\u0000Buyer", null)));

        var failed = await Eventually.GetAsync(
            async () => (await Operator.ListAsync()).FirstOrDefault(message => message.AmazonOrderId == order.AmazonOrderId),
            TimeSpan.FromSeconds(90), $"the OrderUnshipped of {order.AmazonOrderId} in CommerceOrder's error queue");
        using var discard = await Operator.DiscardAsync(ErrorQueueName, failed.MessageId!);

        Assert.Multiple(() =>
        {
            Assert.That(failed.Queue, Is.EqualTo(ErrorQueueName));
            Assert.That(failed.ExceptionType, Does.StartWith("Marten.").Or.StartWith("Npgsql.").Or.StartWith("JasperFx."));
            Assert.That(failed.Reason, Does.Contain("Unicode").IgnoreCase);
            Assert.That(failed.Reason, Does.Not.Contain("MapEnum").And.Not.Contain("serialize"));
            Assert.That(discard.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        });
    }
}
