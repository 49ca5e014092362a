using Fulfillment.Contracts.Stores;
using Fulfillment.OrderImport.Stores;
using static Fulfillment.OrderImport.Tests.Stores.StoreEvents;

namespace Fulfillment.OrderImport.Tests.Stores;

/// <summary>What a store version tells the services that call Amazon for it: where, as whom, and whether (S7, S8).</summary>
public sealed class AmazonStoreChangedTests
{
    private static readonly DateTimeOffset ChangedAt = ConnectedAt.AddHours(1);

    private static OrderSettingsChanged Changed(int version, OrderSettings settings) =>
        new("store-us", settings, version, ChangedAt);

    [Test]
    public void Given_a_store_When_connected_Then_the_contract_names_its_account_and_credentials_as_version_1_active_and_not_read_only()
    {
        var published = AmazonStoreIntegrationEvents.ToAmazonStoreChanged(AmazonStore.Create(Connected()), ConnectedAt);

        Assert.That(published, Is.EqualTo(new AmazonStoreChanged(
            "store-us", "A2EUQ1WTGCTBG2", "ATVPDKIKX0DER", "https://sellingpartnerapi-na.amazon.com/", "main",
            Active: true, ReadOnlyMode: false, SettingsVersion: 1, ConnectedAt)));
    }

    [Test]
    public void Given_a_connected_store_When_Read_Only_Mode_is_turned_on_Then_the_contract_says_so_with_the_new_version()
    {
        var store = Given(Connected(), Changed(2, OrderSettings.Defaults with { ReadOnlyMode = true }));

        var published = AmazonStoreIntegrationEvents.ToAmazonStoreChanged(store, ChangedAt);

        Assert.Multiple(() =>
        {
            Assert.That(published.ReadOnlyMode, Is.True);
            Assert.That(published.Active, Is.True);
            Assert.That(published.SettingsVersion, Is.EqualTo(2));
            Assert.That(published.ChangedAt, Is.EqualTo(ChangedAt));
        });
    }

    [Test]
    public void Given_a_connected_store_When_made_inactive_Then_the_contract_says_it_is_not_active()
    {
        var store = Given(
            Connected(),
            Changed(2, OrderSettings.Defaults with { ReadOnlyMode = true }),
            Changed(3, OrderSettings.Defaults with { State = StoreState.Inactive }));

        var published = AmazonStoreIntegrationEvents.ToAmazonStoreChanged(store, ChangedAt);

        Assert.Multiple(() =>
        {
            Assert.That(published.Active, Is.False);
            Assert.That(published.ReadOnlyMode, Is.False);
            Assert.That(published.SettingsVersion, Is.EqualTo(3));
        });
    }

    [Test]
    public void Given_a_store_connected_with_its_own_settings_When_announced_Then_they_apply_from_version_1() =>
        Assert.That(
            AmazonStoreIntegrationEvents.ToAmazonStoreChanged(
                AmazonStore.Create(Connected(OrderSettings.Defaults with { State = StoreState.Inactive, ReadOnlyMode = true })),
                ConnectedAt),
            Has.Property(nameof(AmazonStoreChanged.Active)).False.And.Property(nameof(AmazonStoreChanged.ReadOnlyMode)).True);
}
