using System.Diagnostics;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;
using static Fulfillment.SystemTests.CustomerProvisioning.CustomerRequests;

namespace Fulfillment.SystemTests.Redelivery;

/// <summary>
/// A consumer whose database is down for longer than its in-memory retries (six over about 13 seconds): the message
/// waits in the broker and is consumed once the database is back, with nothing for an operator in the error queue;
/// a message that keeps failing still reaches the error queue, once the redelivery window has passed.
/// Runs CustomerProvisioning (its <c>ProvisionCustomer</c> consumer writes to PostgreSQL) with short redelivery
/// settings, so the outage the test stages takes seconds, not the minutes the defaults ride out.
/// </summary>
public sealed class DatabaseOutageRedeliveryTests
{
    /// <summary>Longer than the in-memory retries, which alone would move the message to the error queue.</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(40);

    private static readonly TimeSpan RedeliveryDelay = TimeSpan.FromSeconds(5);

    private static readonly string ConsumerQueue = FulfillmentService.CustomerProvisioning.QueueOf("provision-customer");

    private FulfillmentSystem? _system;
    private IBusControl? _bus;

    [TearDown]
    public async Task StopService()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed && _system is not null)
        {
            await TestContext.Out.WriteLineAsync(_system.RecentOutput);
        }

        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }

    [Test]
    public async Task Given_the_database_down_longer_than_the_retries_When_a_message_arrives_Then_it_is_consumed_once_it_is_back_and_nothing_waits_in_the_error_queue()
    {
        await StartAsync(giveUpAfter: TimeSpan.FromMinutes(5));
        var request = BuildAccount(NewEmail());

        await using (var outage = await DatabaseOutage.BeginAsync(_system!.DatabaseOf(FulfillmentService.CustomerProvisioning)))
        {
            await _bus!.Publish(request);
            await Task.Delay(Outage);
            await outage.EndAsync();
        }

        var customer = await Eventually.GetAsync(
            () => SearchAsync(Website, request.BuyerEmail!, _system[FulfillmentService.CustomerProvisioning].Http),
            TimeSpan.FromSeconds(60), "the customer provisioned after the outage");
        var virtualHost = _system.VirtualHost.Name;
        Assert.Multiple(async () =>
        {
            Assert.That(customer.AmazonOrderIds, Does.Contain(request.AmazonOrderId));
            Assert.That(await QueueProbe.ReadyMessagesAsync(virtualHost, ConsumerQueue + "_error"), Is.Null.Or.EqualTo(0),
                "nothing needs an operator");
            Assert.That(await QueueProbe.ReadyMessagesAsync(virtualHost, ConsumerQueue + "_redelivery"), Is.EqualTo(0),
                "the message waited in the broker's redelivery queue, which is empty again");
        });
    }

    [Test]
    public async Task Given_a_message_that_keeps_failing_When_the_redelivery_window_has_passed_Then_it_waits_in_the_error_queue_with_its_reason()
    {
        var giveUpAfter = TimeSpan.FromSeconds(25);
        await StartAsync(giveUpAfter);
        var request = BuildAccount(NewEmail());

        await using var outage = await DatabaseOutage.BeginAsync(_system!.DatabaseOf(FulfillmentService.CustomerProvisioning));
        var published = Stopwatch.StartNew();
        await _bus!.Publish(request);
        var fault = await Eventually.GetAsync(
            () => ErrorQueue.TakeFaultAsync(_system.VirtualHost.Name, ConsumerQueue + "_error"),
            giveUpAfter + TimeSpan.FromSeconds(60), "the message in the error queue");
        var failedAfter = published.Elapsed;

        Assert.Multiple(() =>
        {
            Assert.That(fault.Body, Does.Contain(request.AmazonOrderId));
            Assert.That(fault.ExceptionType, Does.StartWith("Npgsql"));
            Assert.That(failedAfter, Is.GreaterThanOrEqualTo(giveUpAfter), "given up only once the window had passed");
        });
    }

    private async Task StartAsync(TimeSpan giveUpAfter)
    {
        _system = await FulfillmentSystem.StartAsync(
            new Dictionary<string, string>
            {
                ["Bus__Redelivery__Delay"] = RedeliveryDelay.ToString("c"),
                ["Bus__Redelivery__GiveUpAfter"] = giveUpAfter.ToString("c"),
            },
            FulfillmentService.CustomerProvisioning);
        _bus = await _system.StartTestBusAsync();
    }
}
