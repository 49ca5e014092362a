using Fulfillment.SystemTests.Infrastructure.Identity;
using System.Diagnostics;
using Fulfillment.SystemTests.CommerceHandOff;
using Fulfillment.SystemTests.Errors;
using Fulfillment.SystemTests.FirstSlice;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;
using static Fulfillment.SystemTests.CommerceHandOff.CommerceOrderContracts;

namespace Fulfillment.SystemTests.Operations;

/// <summary>fulfillment-ops as an operator runs it, against the running services.</summary>
public sealed class OperatorCliTests
{
    [Test]
    public async Task Given_an_order_placed_in_Commerce_When_its_history_is_asked_Then_one_timeline_of_its_streams_from_the_services_that_answer()
    {
        var messageId = NewId.NextGuid();
        var order = await OperationsSystem.PlaceCommerceOrderAsync(messageId);

        var (exitCode, output, errors) = await RunAsync("history", order.AmazonOrderId);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), "partial: TrackingSync is not part of this system");
            Assert.That(errors, Does.Contain("tracking-sync did not answer"));
            Assert.That(lines.Where(line => line.Contains(" CommerceOrder ")), Is.Not.Empty, output);
            Assert.That(lines.Where(line => line.Contains($" {order.Sku} ")), Is.Not.Empty, "the product stream's stock events");
            Assert.That(lines, Has.Some.Contains($"caused by {messageId}"));
            Assert.That(lines.Select(line => line[..20]), Is.Ordered, "by timestamp first");
        });
    }

    [Test]
    public async Task Given_a_Commerce_order_for_an_order_not_imported_When_listed_and_redriven_with_the_CLI_after_the_import_Then_the_order_shows_the_Commerce_number()
    {
        var amazonOrderId = AmazonOrderRequests.NewAmazonOrderId();
        var messageId = NewId.NextGuid();
        var errorQueue = FulfillmentService.OrderImport.QueueOf("commerce-order-placed") + "_error";
        await OperationsSystem.PublishAsync(Placed(amazonOrderId, "000000301"), messageId);
        await new ErrorQueueApi(OperationsSystem.OrderImport).WhenListedAsync(amazonOrderId);

        var listed = await RunAsync("errors");
        var viewerRedrive = await RunAsync("redrive", "order-import", messageId.ToString());
        await OperationsSystem.RecordPendingAsync(amazonOrderId);
        var redriven = await RunAsOperatorAsync("redrive", "order-import", messageId.ToString());
        var order = await new ChannelOrderViews(OperationsSystem.OrderImport).WhenLatestNoteAsync(amazonOrderId, "Commerce order 000000301 created");
        var listedAfter = await RunAsync("errors");
        var redrivenAgain = await RunAsOperatorAsync("redrive", "order-import", messageId.ToString());

        var line = listed.Output.Split('\n').SingleOrDefault(text => text.Contains(messageId.ToString()));
        Assert.Multiple(() =>
        {
            Assert.That(listed.ExitCode, Is.EqualTo(2), "partial: TrackingSync is not part of this system");
            Assert.That(listed.Errors, Does.Contain("tracking-sync did not answer"));
            Assert.That(line, Does.Contain(" order-import ").And.Contain(errorQueue).And.Contain("CommerceOrderPlaced")
                .And.Contain($"order {amazonOrderId}").And.Contain("OrderImport never imported"), listed.Output);
            Assert.That(viewerRedrive.ExitCode, Is.EqualTo(1), "a viewer may not re-drive");
            Assert.That(viewerRedrive.Errors, Does.Contain("403"));
            Assert.That(redriven.ExitCode, Is.EqualTo(0), redriven.Errors);
            Assert.That(redriven.Output.Trim(), Is.EqualTo($"Re-drove {messageId} from {errorQueue} to {errorQueue[..^"_error".Length]}."));
            Assert.That(order.CommerceOrderNumber, Is.EqualTo("000000301"));
            Assert.That(listedAfter.Output, Does.Not.Contain(messageId.ToString()));
            Assert.That(redrivenAgain.ExitCode, Is.EqualTo(1));
            Assert.That(redrivenAgain.Errors, Does.Contain($"order-import holds no failed message {messageId}"));
        });
    }

    [Test]
    public async Task Given_a_message_that_can_never_succeed_When_discarded_with_the_CLI_Then_it_is_gone_and_a_second_discard_fails()
    {
        var amazonOrderId = AmazonOrderRequests.NewAmazonOrderId();
        var messageId = NewId.NextGuid();
        var errorQueue = FulfillmentService.OrderImport.QueueOf("commerce-order-placed") + "_error";
        await OperationsSystem.PublishAsync(Placed(amazonOrderId, "000000302"), messageId);
        var operatorApi = new ErrorQueueApi(OperationsSystem.OrderImport);
        await operatorApi.WhenListedAsync(amazonOrderId);

        var discarded = await RunAsOperatorAsync("discard", "OrderImport", messageId.ToString(), "--queue", errorQueue);
        var left = await operatorApi.ListAsync();
        var discardedAgain = await RunAsOperatorAsync("discard", "order-import", messageId.ToString(), "--queue", errorQueue);
        var amazonErrors = await RunAsync("amazon-errors", "--store", AmazonOrderRequests.StoreId);

        Assert.Multiple(() =>
        {
            Assert.That(discarded.ExitCode, Is.EqualTo(0), discarded.Errors);
            Assert.That(discarded.Output.Trim(), Is.EqualTo($"Discarded {messageId} from {errorQueue}."));
            Assert.That(left.Select(message => message.MessageId), Does.Not.Contain(messageId.ToString()));
            Assert.That(discardedAgain.ExitCode, Is.EqualTo(1));
            Assert.That(discardedAgain.Errors, Does.Contain("404").And.Contain($"holds no message '{messageId}'"));
            Assert.That(amazonErrors.ExitCode, Is.EqualTo(2), "partial: TrackingSync is not part of this system");
            Assert.That(amazonErrors.Errors, Does.Contain("tracking-sync did not answer").And.Not.Contain("order-import did not answer"));
        });
    }

    /// <summary>Runs the CLI built beside the tests, with the test system's URLs, as the machine client that may only read.</summary>
    private static Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments) =>
        RunAsClientAsync(TestClients.Reader, arguments);

    private static Task<(int ExitCode, string Output, string Errors)> RunAsOperatorAsync(params string[] arguments) =>
        RunAsClientAsync(TestClients.Operations, arguments);

    /// <summary>The CLI gets its own access token from the provider by client credentials, as it does under the launcher.</summary>
    private static async Task<(int ExitCode, string Output, string Errors)> RunAsClientAsync(string clientId, string[] arguments)
    {
        var provider = await TestIdentityProvider.SharedAsync();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(CliAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FULFILLMENT_ORDER_IMPORT_URL"] = OperationsSystem.Running[FulfillmentService.OrderImport].BaseAddress.ToString();
        start.Environment["FULFILLMENT_CUSTOMER_PROVISIONING_URL"] = OperationsSystem.Running[FulfillmentService.CustomerProvisioning].BaseAddress.ToString();
        start.Environment["FULFILLMENT_COMMERCE_ORDER_URL"] = OperationsSystem.Running[FulfillmentService.CommerceOrder].BaseAddress.ToString();
        start.Environment["FULFILLMENT_TRACKING_SYNC_URL"] = "http://127.0.0.1:1";
        start.Environment["FULFILLMENT_AUTHORITY"] = provider.Authority.ToString();
        start.Environment["FULFILLMENT_CLIENT_ID"] = clientId;
        start.Environment["FULFILLMENT_CLIENT_SECRET"] = provider.ClientSecrets[clientId];
        start.Environment["FULFILLMENT_SCOPE"] = string.Join(' ', TestClients.MachineScopes[clientId]);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private static string CliAssembly
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(directory!.FullName, "Fulfillment.sln")))
            {
                directory = directory.Parent;
            }

            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(directory.FullName, "tools", "Fulfillment.Operator", "bin", configuration, "net10.0", "Fulfillment.Operator.dll");
        }
    }
}
