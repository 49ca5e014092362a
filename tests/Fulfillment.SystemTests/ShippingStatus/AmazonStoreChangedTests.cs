using Fulfillment.Contracts.Stores;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;
using Fulfillment.SystemTests.Stores;
using MassTransit;

namespace Fulfillment.SystemTests.ShippingStatus;

/// <summary>
/// What TrackingSync learns of a store (S7, S8): OrderImport publishes <see cref="AmazonStoreChanged"/> once per store
/// version, from the connection on, on real PostgreSQL and RabbitMQ.
/// </summary>
public sealed class AmazonStoreChangedTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private FulfillmentSystem _system = null!;
    private IBusControl _bus = null!;
    private readonly PublishedContracts _published = new();

    private HttpClient OrderImport => _system[FulfillmentService.OrderImport].Http;

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(FulfillmentService.OrderImport);
        _bus = await _system.StartTestBusAsync();
        await _published.ListenAsync(_bus, "test-store-changes-audit", endpoint =>
            _published.Record<AmazonStoreChanged>(endpoint, message => VersionKey(message.StoreId, message.SettingsVersion)));
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
    public async Task Given_a_store_connected_When_Read_Only_Mode_is_turned_on_then_the_store_made_inactive_Then_each_version_is_published_once_with_its_flags()
    {
        const string storeId = "store-changes";
        (await OrderImport.ConnectAsync(ConnectStoreBody.For(storeId))).EnsureSuccessStatusCode();
        var connected = await PublishedAsync(storeId, 1);
        (await OrderImport.ChangeSettingsAsync(storeId, new SettingsBody(ReadOnlyMode: true))).EnsureSuccessStatusCode();
        var readOnly = await PublishedAsync(storeId, 2);
        (await OrderImport.ChangeSettingsAsync(storeId, new SettingsBody(State: "Inactive", ReadOnlyMode: true))).EnsureSuccessStatusCode();
        var inactive = await PublishedAsync(storeId, 3);

        Assert.Multiple(() =>
        {
            Assert.That(connected, Is.EqualTo(connected with
            {
                SellerId = "A1FULFILLMENTTEST",
                MarketplaceId = SimulatedSeller.MarketplaceId,
                SpApiEndpoint = "https://sellingpartnerapi-na.amazon.com/",
                CredentialsName = SimulatedSeller.CredentialsName,
                Active = true,
                ReadOnlyMode = false,
            }));
            Assert.That((readOnly.Active, readOnly.ReadOnlyMode), Is.EqualTo((true, true)));
            Assert.That((inactive.Active, inactive.ReadOnlyMode), Is.EqualTo((false, true)));
            Assert.That(new[] { 1, 2, 3 }.Select(version => _published.CountOf<AmazonStoreChanged>(VersionKey(storeId, version))),
                Is.All.EqualTo(1), "one message per version");
        });
    }

    [Test]
    public async Task Given_a_connected_store_When_connected_again_and_sent_the_same_settings_Then_no_version_and_no_message_is_added()
    {
        const string storeId = "store-repeats";
        (await OrderImport.ConnectAsync(ConnectStoreBody.For(storeId))).EnsureSuccessStatusCode();
        await PublishedAsync(storeId, 1);
        (await OrderImport.ChangeSettingsAsync(storeId, new SettingsBody(CustomerCreation: "BuildNewCustomerAccount"))).EnsureSuccessStatusCode();
        await PublishedAsync(storeId, 2);

        (await OrderImport.ConnectAsync(ConnectStoreBody.For(storeId))).EnsureSuccessStatusCode();
        (await OrderImport.ChangeSettingsAsync(storeId, new SettingsBody(CustomerCreation: "BuildNewCustomerAccount"))).EnsureSuccessStatusCode();
        (await OrderImport.ChangeSettingsAsync(storeId, new SettingsBody(ReadOnlyMode: true))).EnsureSuccessStatusCode();
        var third = await PublishedAsync(storeId, 3);

        Assert.Multiple(() =>
        {
            Assert.That(_published.CountOf<AmazonStoreChanged>(VersionKey(storeId, 1)), Is.EqualTo(1));
            Assert.That(_published.CountOf<AmazonStoreChanged>(VersionKey(storeId, 2)), Is.EqualTo(1));
            Assert.That(third.ReadOnlyMode, Is.True, "the repeats made no version: the next change is version 3");
            Assert.That(_published.CountOf<AmazonStoreChanged>(VersionKey(storeId, 3)), Is.EqualTo(1));
        });
    }

    private static string VersionKey(string storeId, int settingsVersion) => $"{storeId}@{settingsVersion}";

    private Task<AmazonStoreChanged> PublishedAsync(string storeId, int settingsVersion) =>
        Eventually.GetAsync(
            () => Task.FromResult(_published.Last<AmazonStoreChanged>(VersionKey(storeId, settingsVersion))),
            Patience, $"AmazonStoreChanged of {storeId} version {settingsVersion}");
}
