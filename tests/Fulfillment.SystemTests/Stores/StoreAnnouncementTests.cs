using Fulfillment.Contracts.Stores;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;
using MassTransit;

namespace Fulfillment.SystemTests.Stores;

/// <summary>
/// A service that calls Amazon and joined later (or lost its store registry) learns every store: OrderImport
/// announces each store as it stands whenever it starts, with a message id per store version, so the same
/// announcement twice is one fact for its consumers.
/// </summary>
public sealed class StoreAnnouncementTests
{
    private const string StoreId = "store-announced";

    private FulfillmentSystem _system = null!;
    private IBusControl _bus = null!;
    private readonly PublishedContracts _published = new();

    private ServiceProcess OrderImport => _system[FulfillmentService.OrderImport];

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(FulfillmentService.OrderImport);
        _bus = await _system.StartTestBusAsync();
        await _published.ListenAsync(_bus, "test-store-announcements-audit", endpoint =>
            _published.Record<AmazonStoreChanged>(endpoint, message => $"{message.StoreId}@{message.SettingsVersion}"));
    }

    [OneTimeTearDown]
    public async Task StopServices()
    {
        await _bus.StopAsync();
        await _system.DisposeAsync();
    }

    [Test]
    public async Task Given_a_connected_store_When_OrderImport_restarts_twice_Then_the_store_is_announced_again_as_one_more_fact()
    {
        (await OrderImport.Http.ConnectAsync(ConnectStoreBody.For(StoreId))).EnsureSuccessStatusCode();
        await DistinctMessagesAsync(1);

        await OrderImport.StopAsync();
        await OrderImport.StartAsync();
        var announced = await DistinctMessagesAsync(2);
        await OrderImport.StopAsync();
        await OrderImport.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Multiple(() =>
        {
            Assert.That(announced.SellerId, Is.EqualTo("A1FULFILLMENTTEST"));
            Assert.That(announced.Active, Is.True);
            Assert.That(_published.CountOf<AmazonStoreChanged>($"{StoreId}@1"), Is.EqualTo(2),
                "the connection, and one announcement however often OrderImport starts");
        });
    }

    private Task<AmazonStoreChanged> DistinctMessagesAsync(int count) => Eventually.GetAsync(
        () => Task.FromResult(_published.CountOf<AmazonStoreChanged>($"{StoreId}@1") >= count
            ? _published.Last<AmazonStoreChanged>($"{StoreId}@1")
            : null),
        TimeSpan.FromSeconds(60), $"{count} distinct AmazonStoreChanged of {StoreId}\n{_system.RecentOutput}");
}
