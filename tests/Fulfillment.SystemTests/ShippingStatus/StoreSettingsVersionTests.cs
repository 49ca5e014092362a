using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;
using Fulfillment.SystemTests.Stores;

namespace Fulfillment.SystemTests.ShippingStatus;

/// <summary>
/// A store's settings version (the one <c>AmazonStoreChanged</c> announces) is not its stream's version: backfills
/// share the stream. An order's contract must carry the settings of the version it was imported under (§5).
/// </summary>
public sealed class StoreSettingsVersionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private PollingFixture _fixture = null!;

    [OneTimeSetUp]
    public async Task Start() => _fixture = await PollingFixture.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _fixture.DisposeAsync();

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_fixture.System.RecentOutput);
        }
    }

    [Test]
    public async Task Given_a_backfill_before_a_settings_change_When_an_order_is_imported_Then_its_contract_carries_the_new_versions_settings()
    {
        var orderImport = _fixture.OrderImport.Http;
        var now = await _fixture.Amazon.NowAsync();
        using var backfill = (await orderImport.BackfillAsync(PollingFixture.StoreId, now.AddDays(-2), now.AddDays(-1)))
            .EnsureSuccessStatusCode();
        await orderImport.FinishedBackfillAsync(backfill.Headers.Location!);
        (await orderImport.ChangeSettingsAsync(PollingFixture.StoreId, new SettingsBody(PendingOrders: "ReserveQuantity")))
            .EnsureSuccessStatusCode();

        var amazonOrderId = await _fixture.Amazon.PlaceOrderAsync("MFN", ("SKU-MUG-RED", 1, 19.90m));
        await _fixture.Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));

        var pending = await Eventually.GetAsync(
            () => Task.FromResult(_fixture.Published.Last<OrderPending>(amazonOrderId)), Patience, "OrderPending to be published");
        Assert.Multiple(() =>
        {
            Assert.That(pending.Settings.Version, Is.EqualTo(2));
            Assert.That(pending.Settings.PendingOrders, Is.EqualTo("ReserveQuantity"), "version 2's settings, not version 1's");
        });
    }
}
