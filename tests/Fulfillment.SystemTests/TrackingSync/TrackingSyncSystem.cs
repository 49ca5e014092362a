using Fulfillment.Contracts.Shipments;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;
using MassTransit;

namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>
/// TrackingSync and the SP-API simulator on real PostgreSQL and RabbitMQ, once for every test of this folder, with a
/// bus of the test's own that publishes what OrderImport (<c>AmazonStoreChanged</c>) and CommerceOrder
/// (<c>ShipmentCreated</c>) would, and records what TrackingSync publishes. TrackingSync gives up waiting for an
/// answer from Amazon after two seconds, so a late answer of the simulator is one it never sees.
/// </summary>
[SetUpFixture]
public sealed class TrackingSyncSystem
{
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(2);

    private static FulfillmentSystem? _system;
    private static IBusControl? _bus;

    public static FulfillmentSystem Running => _system ?? throw new InvalidOperationException("The system is not running.");
    public static IBusControl Bus => _bus ?? throw new InvalidOperationException("The test bus is not running.");
    public static HttpClient TrackingSync => Running[FulfillmentService.TrackingSync].Http;
    public static HttpClient Simulator => Running[FulfillmentService.SpApiSimulator].Http;
    public static PublishedContracts Published { get; } = new();

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(
            new Dictionary<string, string>
            {
                ["TrackingSync__Confirmations__Interval"] = "00:00:00.200",
                ["SpApi__RequestTimeout"] = ClientTimeout.ToString("c"),
            },
            FulfillmentService.SpApiSimulator, FulfillmentService.TrackingSync);
        _bus = await _system.StartTestBusAsync();
        await Published.ListenAsync(_bus, "test-tracking-sync-contracts", endpoint =>
        {
            Published.Record<ShipmentConfirmed>(endpoint, message => message.AmazonOrderId);
            Published.Record<ShipmentConfirmationFailed>(endpoint, message => message.AmazonOrderId);
        });
    }

    [OneTimeTearDown]
    public async Task StopServices()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }
}
