using System.Net;
using System.Net.Sockets;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Stores;

namespace Fulfillment.SystemTests.Security;

/// <summary>
/// X5: a store's Login With Amazon token goes only to Amazon's SP-API hosts or to origins the deployment allows. An
/// admin (or anyone who stole an admin's session) naming another host gets a 400, and that host hears nothing.
/// </summary>
public sealed class HostileSpApiEndpointTests
{
    private FulfillmentSystem _system = null!;
    private TcpListener _hostile = null!;
    private int _connectionsToHostile;

    private HttpClient OrderImport => _system[FulfillmentService.OrderImport].Http;

    [OneTimeSetUp]
    public async Task Start()
    {
        _hostile = new TcpListener(IPAddress.Loopback, LoopbackPorts.Next());
        _hostile.Start();
        _ = AcceptForeverAsync();
        _system = await FulfillmentSystem.StartAsync(
            new Dictionary<string, string> { ["OrderImport__Polling__Interval"] = "00:00:01" },
            FulfillmentService.OrderImport, FulfillmentService.TrackingSync, FulfillmentService.SpApiSimulator);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _hostile.Stop();
        _hostile.Dispose();
        await _system.DisposeAsync();
    }

    [TestCase("http://127.0.0.1:{0}")]
    [TestCase("https://127.0.0.1:{0}")]
    [TestCase("http://127.0.0.1:{0}/sellingpartnerapi-na.amazon.com")]
    public async Task Given_an_endpoint_that_is_not_Amazons_When_a_store_is_connected_Then_400_names_SpApiEndpoint_and_the_host_hears_nothing(
        string endpoint)
    {
        var hostile = string.Format(endpoint, ((IPEndPoint)_hostile.LocalEndpoint).Port);

        using var response = await OrderImport.ConnectAsync(
            ConnectStoreBody.For($"store-hostile-{Guid.NewGuid():N}"[..24], hostile) with { SellerId = _system.Seller.SellerId });

        var invalid = await response.InvalidFieldsAsync();
        // Several poll intervals: a store that had been connected would have been polled, with its token, by now.
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(invalid, Is.EqualTo(new[] { "SpApiEndpoint" }));
            Assert.That(Volatile.Read(ref _connectionsToHostile), Is.Zero, "connections the hostile host received");
        });
    }

    [Test]
    public async Task Given_the_allowed_simulator_When_a_store_is_connected_Then_it_is_accepted()
    {
        using var response = await OrderImport.ConnectAsync(
            ConnectStoreBody.For("store-simulator", _system[FulfillmentService.SpApiSimulator].BaseAddress.ToString())
                with { SellerId = _system.Seller.SellerId });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _hostile.AcceptTcpClientAsync();
                Interlocked.Increment(ref _connectionsToHostile);
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // The listener stopped at the end of the fixture.
        }
    }
}
