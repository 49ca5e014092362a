using Fulfillment.OrderImport.Stores;
using Fulfillment.OrderImport.Stores.ChangeOrderSettings;
using Fulfillment.OrderImport.Stores.ConnectAmazonStore;

namespace Fulfillment.OrderImport.Tests.Stores;

public sealed class AmazonStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly ConnectAmazonStoreRequest Request = new(
        "store-us", "A2EUQ1WTGCTBG2", "ATVPDKIKX0DER", new Uri("https://sellingpartnerapi-na.amazon.com"), "main",
        "base", Settings: null);

    private static AmazonStore Connected() =>
        AmazonStore.Create((AmazonStoreConnected)ConnectAmazonStoreDecider.Decide(null, new ConnectAmazonStore(Request, Now))[0]);

    [Test]
    public void Given_no_store_When_connected_without_settings_Then_the_default_settings_apply_as_version_1()
    {
        var store = Connected();

        Assert.Multiple(() =>
        {
            Assert.That(store.Settings, Is.EqualTo(OrderSettings.Defaults));
            Assert.That(store.SettingsVersion, Is.EqualTo(1));
            Assert.That(store.Settings.CustomerCreation, Is.EqualTo(CustomerCreation.Guest));
            Assert.That(store.IsActive, Is.True);
        });
    }

    [Test]
    public void Given_a_connected_store_When_connected_again_with_the_same_account_Then_nothing_happens() =>
        Assert.That(ConnectAmazonStoreDecider.Decide(Connected(), new ConnectAmazonStore(Request, Now.AddHours(1))), Is.Empty);

    [Test]
    public void Given_a_connected_store_When_connected_to_another_seller_Then_it_is_refused() =>
        Assert.That(
            () => ConnectAmazonStoreDecider.Decide(
                Connected(), new ConnectAmazonStore(Request with { SellerId = "A1OTHERSELLER" }, Now)),
            Throws.TypeOf<StoreAlreadyConnectedException>());

    [Test]
    public void Given_a_store_When_its_settings_change_Then_the_settings_version_goes_up_by_one()
    {
        var changed = OrderSettings.Defaults with { PendingOrders = PendingOrders.ReserveQuantity };

        var events = ChangeOrderSettingsDecider.Decide(Connected(), new ChangeOrderSettings("store-us", changed, Now));

        Assert.That(events, Is.EqualTo(new object[] { new OrderSettingsChanged("store-us", changed, 2, Now) }));
    }

    [Test]
    public void Given_a_store_When_the_same_settings_are_saved_Then_nothing_happens() =>
        Assert.That(
            ChangeOrderSettingsDecider.Decide(Connected(), new ChangeOrderSettings("store-us", OrderSettings.Defaults, Now)),
            Is.Empty);
}
