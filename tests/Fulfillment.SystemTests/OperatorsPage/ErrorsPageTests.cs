using System.Text.Json;
using Fulfillment.SystemTests.CommerceHandOff;
using Fulfillment.SystemTests.Errors;
using Fulfillment.SystemTests.FirstSlice;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Infrastructure.Identity;
using Fulfillment.SystemTests.Polling;
using MassTransit;
using Microsoft.Playwright;
using RabbitMQ.Client;
using static Fulfillment.SystemTests.CommerceHandOff.CommerceOrderContracts;
using static Microsoft.Playwright.Assertions;

namespace Fulfillment.SystemTests.OperatorsPage;

/// <summary>
/// O4 on the operators' page, in a real browser against OrderImport polling the simulator: a Commerce order placed
/// for an Amazon order OrderImport never imported fails into <c>order-import-commerce-order-placed_error</c> and is
/// listed with its reason; once the order is imported an operator re-drives it from the page and the order shows its
/// Commerce number. Amazon's failed answers are listed beside it. The other services are not part of this system,
/// and the page names them instead of failing.
/// </summary>
[NonParallelizable]
public sealed class ErrorsPageTests
{
    private static readonly string ErrorQueueName = FulfillmentService.OrderImport.QueueOf("commerce-order-placed") + "_error";

    private PollingFixture _fixture = null!;
    private IBusControl _bus = null!;
    private Browser _browser = null!;

    private ServiceProcess OrderImport => _fixture.OrderImport;

    private ErrorQueueApi ErrorQueues => new(OrderImport.Http);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _fixture = await PollingFixture.StartAsync();
        _bus = await _fixture.System.StartTestBusAsync();
        _browser = await Browser.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await _bus.StopAsync();
        await _fixture.DisposeAsync();
    }

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_fixture.System.RecentOutput);
        }
    }

    [Test]
    public async Task Given_a_Commerce_order_for_an_order_not_imported_When_the_order_is_imported_and_it_is_redriven_from_the_Errors_page_Then_the_order_shows_the_Commerce_number_and_the_error_queue_is_empty()
    {
        var amazonOrderId = AmazonOrderRequests.NewAmazonOrderId();
        var messageId = NewId.NextGuid().ToString();
        await _fixture.Amazon.InjectFaultAsync("getOrders", "InternalError", 1);
        await _bus.Publish(Placed(amazonOrderId, "000000201"), context => context.MessageId = Guid.Parse(messageId));
        await ErrorQueues.WhenListedAsync(amazonOrderId);
        await AmazonErrorsApi.WhenListedAsync(
            OrderImport.Http, $"?storeId={PollingFixture.StoreId}", failure => failure.AmazonCode == "InternalFailure", 1);
        var page = await _browser.SignedInPageAsync(OrderImport.BaseAddress, TestPeople.Operator);

        await page.ClickAsync("header.top a:text-is('Errors')");

        var row = page.Locator($"#failed-messages tr[data-message-id='{messageId}']");
        await Expect(row).ToContainTextAsync("OrderImport never imported");
        await Expect(row.Locator(".message-type")).ToHaveTextAsync("CommerceOrderPlaced");
        await Expect(row).ToContainTextAsync(ErrorQueueName);
        await Expect(row.Locator($"a[href='/orders/{amazonOrderId}']")).ToBeVisibleAsync();
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("OrderImport");
        var amazonError = page.Locator($"#amazon-errors tr[data-service='OrderImport'][data-store='{PollingFixture.StoreId}']")
            .Filter(new() { HasText = "InternalFailure" }).First;
        await Expect(amazonError.Locator(".operation")).ToHaveTextAsync("getOrders");
        await Expect(amazonError).ToContainTextAsync("We encountered an internal error");
        await Expect(page.Locator("#failed-message-sources [data-service='TrackingSync'][data-answered='false']"))
            .ToContainTextAsync(new System.Text.RegularExpressions.Regex("TrackingSync (is not configured|could not be reached)"));
        await Expect(page.Locator("#amazon-error-sources [data-service='TrackingSync'][data-answered='false']")).ToBeVisibleAsync();
        await Browser.SaveScreenshotAsync(page, "errors-page");

        using (var imported = await AmazonOrderRequests.RecordAsync(OrderImport.Http, AmazonOrderRequests.PendingSnapshot(amazonOrderId)))
        {
            imported.EnsureSuccessStatusCode();
        }

        await row.Locator("button:text-is('Re-drive')").ClickAsync();

        await Expect(page.Locator("#action-answer .answer.ok")).ToContainTextAsync(
            $"Re-drive message {messageId} from {ErrorQueueName}: OrderImport accepted it");
        var order = await new ChannelOrderViews(OrderImport.Http).WhenLatestNoteAsync(amazonOrderId, "Commerce order 000000201 created");
        await page.ReloadAsync();
        await Expect(page.Locator($"#failed-messages tr[data-message-id='{messageId}']")).ToHaveCountAsync(0);
        await Browser.SaveScreenshotAsync(page, "errors-page-after-redrive");
        Assert.Multiple(async () =>
        {
            Assert.That(order.CommerceOrderNumber, Is.EqualTo("000000201"));
            Assert.That(await QueueProbe.ReadyMessagesAsync(_fixture.System.VirtualHost.Name, ErrorQueueName), Is.Zero);
            Assert.That(await ErrorQueues.ListAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task Given_a_failed_message_When_a_viewer_opens_the_Errors_page_Then_it_is_listed_without_actions_and_an_operator_can_discard_it()
    {
        var amazonOrderId = AmazonOrderRequests.NewAmazonOrderId();
        await _bus.Publish(Placed(amazonOrderId, "000000202"));
        var failed = await ErrorQueues.WhenListedAsync(amazonOrderId);

        var viewer = await _browser.SignedInPageAsync(OrderImport.BaseAddress, TestPeople.Viewer);
        await viewer.GotoAsync("/errors");
        await Expect(viewer.Locator($"#failed-messages tr[data-message-id='{failed.MessageId}']")).ToContainTextAsync("OrderImport never imported");
        await Expect(viewer.Locator("#failed-messages button")).ToHaveCountAsync(0);

        var operatorPage = await _browser.SignedInPageAsync(OrderImport.BaseAddress, TestPeople.Operator);
        operatorPage.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await operatorPage.GotoAsync("/errors");
        await operatorPage.Locator($"#failed-messages tr[data-message-id='{failed.MessageId}'] button:text-is('Discard')").ClickAsync();

        await Expect(operatorPage.Locator("#action-answer .answer.ok")).ToContainTextAsync(
            $"Discard message {failed.MessageId} from {ErrorQueueName}: OrderImport accepted it");
        await Expect(operatorPage.Locator($"#failed-messages tr[data-message-id='{failed.MessageId}']")).ToHaveCountAsync(0);
        Assert.That((await ErrorQueues.ListAsync()).Select(message => message.MessageId), Does.Not.Contain(failed.MessageId));
    }

    [Test]
    public async Task Given_failed_messages_whose_ids_and_texts_are_crafted_as_script_When_an_operator_opens_the_Errors_page_Then_none_of_it_runs()
    {
        var amazonOrderId = AmazonOrderRequests.NewAmazonOrderId();
        await _bus.Publish(Placed(amazonOrderId, "000000203"));
        await ErrorQueues.WhenListedAsync(amazonOrderId);
        const string Breakout = "x');alert(1);//";
        string[] hostileIds =
        [
            Breakout,
            "<img src=x onerror=\"window.hostileRan=true;alert(2)\">",
            "\"><script>window.hostileRan=true;alert(3)</script>",
        ];
        foreach (var messageId in hostileIds)
        {
            await PutInErrorQueueAsync(messageId, "<img src=x onerror=\"window.hostileRan=true;alert(4)\">");
        }

        var page = await _browser.SignedInPageAsync(OrderImport.BaseAddress, TestPeople.Operator);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        await page.GotoAsync("/errors");

        // Every crafted id is listed as the text it is.
        foreach (var messageId in hostileIds)
        {
            await Expect(page.Locator("#failed-messages td.data").Filter(new() { HasTextString = messageId })).ToHaveCountAsync(1);
        }

        // Discarding asks first, with the id as text; dismissed, nothing is posted and the message stays.
        var breakoutRow = page.Locator("#failed-messages tr").Filter(new() { Has = page.Locator("td.data", new() { HasTextString = Breakout }) });
        await breakoutRow.Locator("button:text-is('Discard')").ClickAsync();
        await Expect(breakoutRow).ToHaveCountAsync(1);
        await Browser.SaveScreenshotAsync(page, "errors-page-hostile-ids");

        var stillListed = (await ErrorQueues.ListAsync()).Select(message => message.MessageId).ToList();
        await PurgeErrorQueueAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(dialogs, Is.EqualTo(new[] { $"confirm: Discard message {Breakout} for good?" }));
            Assert.That(await page.EvaluateAsync<bool>("() => window.hostileRan === true"), Is.False);
            Assert.That(stillListed, Does.Contain(Breakout));
        });
    }

    private async Task PurgeErrorQueueAsync()
    {
        await using var connection = await QueueProbe.ConnectAsync(_fixture.System.VirtualHost.Name);
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueuePurgeAsync(ErrorQueueName);
    }

    /// <summary>A message as anyone able to publish to the broker could leave in the error queue: every text chosen by them.</summary>
    private async Task PutInErrorQueueAsync(string messageId, string reason)
    {
        await using var connection = await QueueProbe.ConnectAsync(_fixture.System.VirtualHost.Name);
        await using var channel = await connection.CreateChannelAsync();
        var properties = new BasicProperties
        {
            MessageId = messageId,
            ContentType = "application/vnd.masstransit+json",
            Headers = new Dictionary<string, object?>
            {
                ["MT-Fault-Message"] = reason,
                ["MT-Fault-ExceptionType"] = "System.InvalidOperationException",
                ["MT-Reason"] = "fault",
            },
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId,
            messageType = new[] { "urn:message:Fulfillment.Contracts.CommerceOrders:CommerceOrderPlaced" },
            message = new { amazonOrderId = "<img src=x onerror=\"window.hostileRan=true;alert(5)\">" },
        });
        await channel.BasicPublishAsync("", ErrorQueueName, mandatory: false, properties, body);
    }
}
