using Fulfillment.SystemTests.Infrastructure.Identity;
using System.Net;
using System.Net.Http.Json;
using Fulfillment.SystemTests.CommerceHandOff;
using Fulfillment.SystemTests.FirstSlice;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;
using static Fulfillment.SystemTests.CommerceHandOff.CommerceOrderContracts;

namespace Fulfillment.SystemTests.Errors;

/// <summary>
/// O4 on OrderImport and the real broker: a Commerce order placed for an Amazon order OrderImport never imported
/// fails, waits in <c>order-import-commerce-order-placed_error</c> with its reason, is listed without being taken
/// off, and once the order is imported an operator re-drives it and the order shows the Commerce number.
/// Every test leaves the error queue as it found it: empty.
/// </summary>
public sealed class ErrorQueueTests
{
    private static readonly string ErrorQueueName = PlacedQueue + "_error";

    private FulfillmentSystem _system = null!;
    private IBusControl _bus = null!;

    private ServiceProcess OrderImport => _system[FulfillmentService.OrderImport];
    private ErrorQueueApi Operator => new(OrderImport.Http);

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(FulfillmentService.OrderImport);
        await AmazonOrderRequests.ConnectStoreAsync(OrderImport.Http);
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
    public async Task Given_a_Commerce_order_for_an_unknown_order_When_it_fails_Then_it_is_listed_with_its_reason_and_stays_in_the_queue()
    {
        var amazonOrderId = AmazonOrderRequests.NewAmazonOrderId();
        var messageId = NewId.NextGuid();
        await _bus.Publish(Placed(amazonOrderId, "000000101"), context => context.MessageId = messageId);

        var listed = await Operator.WhenListedAsync(amazonOrderId);
        var listedAgain = await Operator.ListAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(listed.Queue, Is.EqualTo(ErrorQueueName));
            Assert.That(listed.InputQueue, Is.EqualTo(PlacedQueue));
            Assert.That(listed.MessageId, Is.EqualTo(messageId.ToString()));
            Assert.That(listed.MessageType, Does.EndWith(":CommerceOrderPlaced"));
            Assert.That(listed.Reason, Does.Contain(amazonOrderId).And.Contain("never imported"));
            Assert.That(listed.ExceptionType, Does.Contain("ValidationException"));
            Assert.That(listed.FailedAt, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(listed.Body.GetProperty("message").GetProperty("commerceOrderNumber").GetString(), Is.EqualTo("000000101"));
            Assert.That(listedAgain.Select(message => message.MessageId), Does.Contain(messageId.ToString()), "listing took nothing off");
            Assert.That(await QueueProbe.ReadyMessagesAsync(_system.VirtualHost.Name, ErrorQueueName), Is.EqualTo(1));
        });

        await DiscardAsync(listed);
    }

    [Test]
    public async Task Given_a_failed_Commerce_order_When_the_order_is_imported_and_it_is_redriven_Then_the_order_shows_the_Commerce_number_and_the_error_queue_is_empty()
    {
        var amazonOrderId = AmazonOrderRequests.NewAmazonOrderId();
        await _bus.Publish(Placed(amazonOrderId, "000000102"));
        var failed = await Operator.WhenListedAsync(amazonOrderId);

        using (var imported = await AmazonOrderRequests.RecordAsync(OrderImport.Http, AmazonOrderRequests.PendingSnapshot(amazonOrderId)))
        {
            imported.EnsureSuccessStatusCode();
        }

        using var redrive = await Operator.RedriveAsync(ErrorQueueName);
        var outcome = await redrive.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<RedriveOutcomeResponse>();

        var row = await new ChannelOrderViews(OrderImport.Http).WhenLatestNoteAsync(amazonOrderId, "Commerce order 000000102 created");
        Assert.Multiple(async () =>
        {
            Assert.That(outcome!.Redriven, Is.EqualTo(new[] { failed.MessageId }));
            Assert.That(outcome.InputQueue, Is.EqualTo(PlacedQueue));
            Assert.That(row.CommerceOrderNumber, Is.EqualTo("000000102"));
            Assert.That(await Operator.ListAsync(), Is.Empty);
            Assert.That(await QueueProbe.ReadyMessagesAsync(_system.VirtualHost.Name, ErrorQueueName), Is.Zero);
        });
    }

    [Test]
    public async Task Given_two_failed_messages_When_one_is_redriven_by_id_and_the_other_discarded_Then_each_leaves_alone()
    {
        var fixedOrder = AmazonOrderRequests.NewAmazonOrderId();
        var unknownOrder = AmazonOrderRequests.NewAmazonOrderId();
        await _bus.Publish(Placed(fixedOrder, "000000103"));
        await _bus.Publish(Placed(unknownOrder, "000000104"));
        var toRedrive = await Operator.WhenListedAsync(fixedOrder);
        var toDiscard = await Operator.WhenListedAsync(unknownOrder);
        using (var imported = await AmazonOrderRequests.RecordAsync(OrderImport.Http, AmazonOrderRequests.PendingSnapshot(fixedOrder)))
        {
            imported.EnsureSuccessStatusCode();
        }

        using var redrive = await Operator.RedriveAsync(ErrorQueueName, toRedrive.MessageId!, "no-such-message");
        var outcome = await redrive.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<RedriveOutcomeResponse>();
        await new ChannelOrderViews(OrderImport.Http).WhenLatestNoteAsync(fixedOrder, "Commerce order 000000103 created");
        var left = await Operator.ListAsync();
        using var discard = await Operator.DiscardAsync(ErrorQueueName, toDiscard.MessageId!);
        using var discardAgain = await Operator.DiscardAsync(ErrorQueueName, toDiscard.MessageId!);

        Assert.Multiple(async () =>
        {
            Assert.That(outcome!.Redriven, Is.EqualTo(new[] { toRedrive.MessageId }));
            Assert.That(outcome.NotFound, Is.EqualTo(new[] { "no-such-message" }));
            Assert.That(left.Select(message => message.MessageId), Is.EqualTo(new[] { toDiscard.MessageId }));
            Assert.That(discard.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(discardAgain.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await Operator.ListAsync(), Is.Empty);
            Assert.That(_system.RecentOutput, Does.Contain($"discarded message {toDiscard.MessageId}"));
        });
    }

    [Test]
    public async Task Given_no_token_or_a_viewer_When_calling_the_error_endpoints_Then_401_and_403_and_a_viewer_may_list()
    {
        using var anonymousList = await new ErrorQueueApi(OrderImport.Http, person: null).SendAsync(HttpMethod.Get, "admin/errors");
        using var anonymousRedrive = await new ErrorQueueApi(OrderImport.Http, person: null).RedriveAsync(ErrorQueueName);
        using var viewerList = await new ErrorQueueApi(OrderImport.Http, TestPeople.Viewer).SendAsync(HttpMethod.Get, "admin/errors");
        using var viewerRedrive = await new ErrorQueueApi(OrderImport.Http, TestPeople.Viewer).RedriveAsync(ErrorQueueName);
        using var viewerDiscard = await new ErrorQueueApi(OrderImport.Http, TestPeople.Viewer).DiscardAsync(ErrorQueueName, "x");
        using var notOurs = await Operator.RedriveAsync("commerce-order-order-unshipped_error");

        Assert.Multiple(() =>
        {
            Assert.That(anonymousList.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(anonymousList.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(anonymousRedrive.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(viewerList.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(viewerRedrive.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(viewerDiscard.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(notOurs.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    private async Task DiscardAsync(FailedMessageResponse message)
    {
        using var response = await Operator.DiscardAsync(message.Queue, message.MessageId!);
        response.EnsureSuccessStatusCode();
    }
}
