using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Workflow;

namespace Fulfillment.SystemTests.Polling;

/// <summary>
/// A store whose watermark is ahead of Amazon's clock (Amazon's side restarted with its clock back, or the clocks
/// disagree) would ask Amazon for a window Amazon refuses ("... at least 2 minutes before current time") on every
/// poll. OrderImport instead asks for what Amazon accepts, by Amazon's clock, imports the new orders, and says so.
/// </summary>
public sealed class WatermarkAheadOfAmazonTests : WorkflowTest
{
    private static readonly TimeSpan ListingDelay = TimeSpan.FromMinutes(3);

    [Test]
    public async Task Given_a_watermark_an_hour_ahead_of_Amazons_clock_When_a_buyer_orders_Then_the_order_is_imported_and_the_store_notes_the_clamped_window()
    {
        var orderImportDatabase = Fixture.System.DatabaseOf(FulfillmentService.OrderImport);
        await Eventually.GetAsync(
            async () => await orderImportDatabase.ScalarAsync<long>(
                $"select count(*) from order_import.mt_doc_orderpollwatermark where id = '{PollingFixture.StoreId}'") > 0 ? "kept" : null,
            TimeSpan.FromSeconds(30), "the store's first watermark");
        await Fixture.OrderImport.StopAsync();
        var aheadOfAmazon = (await Amazon.NowAsync()).AddHours(1);
        await orderImportDatabase.ExecuteAsync(
            "update order_import.mt_doc_orderpollwatermark " +
            $"set data = jsonb_set(data, '{{LastUpdatedAfter}}', to_jsonb('{aheadOfAmazon.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}'::text)) " +
            $"where id = '{PollingFixture.StoreId}'");
        await Fixture.OrderImport.StartAsync();

        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", ("SKU-MUG-RED", 1, 19.90m));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(ListingDelay);
        var imported = await Fixture.ChannelOrderAsync(amazonOrderId, order =>
            order.GetProperty("channelStatus").GetString() == "Unshipped");

        var store = await Fixture.OrderImport.Http.GetFromJsonAsync<JsonElement>($"api/stores/{PollingFixture.StoreId}");
        var history = await Fixture.OrderImport.Http.GetFromJsonAsync<JsonElement>($"api/stores/{PollingFixture.StoreId}/history");
        var watermark = await Fixture.WatermarkAsync();
        var amazonNow = await Amazon.NowAsync();
        Assert.Multiple(() =>
        {
            Assert.That(imported.GetProperty("buyer").GetProperty("name").GetString(), Is.EqualTo("Jane Doe"));
            Assert.That(store.GetProperty("pollingNote").GetString(), Does.Contain("ahead of Amazon's clock"));
            Assert.That(history.EnumerateArray().Select(entry => entry.GetProperty("type").GetString()),
                Has.Some.EqualTo("OrderPollingWindowClamped"));
            Assert.That(watermark, Is.LessThanOrEqualTo(amazonNow), "the watermark is back on Amazon's clock");
        });
    }
}
