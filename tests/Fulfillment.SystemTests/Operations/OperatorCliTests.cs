using System.Diagnostics;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

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

    /// <summary>Runs the CLI built beside the tests, with the test system's URLs and operator key.</summary>
    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
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
        start.Environment["FULFILLMENT_OPERATOR_KEY"] = FulfillmentSystem.ViewerKey;
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
