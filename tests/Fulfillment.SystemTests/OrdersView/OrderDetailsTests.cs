using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Npgsql;
using static Fulfillment.SystemTests.OrdersView.OrdersViewSystem;

namespace Fulfillment.SystemTests.OrdersView;

/// <summary>
/// <c>GET /api/orders/{amazonOrderId}</c> (O2): Amazon's data, the priced items, the buyer from the erasable personal
/// data, the notes, the Commerce order number once known, and the order's history without personal data.
/// </summary>
public sealed class OrderDetailsTests
{
    [TearDown]
    public void ShowOutput() => ShowServiceOutputOnFailure();

    private static async Task<OrderDetailsResponse> DetailsAsync(PlacedOrder order)
    {
        using var response = await OrderImport.GetAsync($"api/orders/{order.AmazonOrderId}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OrderDetailsResponse>())!;
    }

    [Test]
    public async Task Given_a_verified_order_When_opened_Then_it_shows_Amazon_data_prices_buyer_and_history()
    {
        var order = Order(11);

        var details = await DetailsAsync(order);

        Assert.Multiple(() =>
        {
            Assert.That(details.AmazonOrderId, Is.EqualTo(order.AmazonOrderId));
            Assert.That(details.StoreId, Is.EqualTo(StoreId));
            Assert.That(details.MarketplaceId, Is.EqualTo(SimulatedSeller.MarketplaceId));
            Assert.That(details.FulfillmentChannel, Is.EqualTo("MFN"));
            Assert.That(details.AmazonStatus, Is.EqualTo("Unshipped"));
            Assert.That(details.ChannelStatus, Is.EqualTo("Unshipped"));
            Assert.That(details.PurchaseDate, Is.EqualTo(order.PurchaseDate));
            Assert.That(details.LastUpdateDate, Is.EqualTo(order.LastUpdateDate));
            Assert.That(details.Items.Select(item => (item.SellerSku, item.Quantity, item.ItemPrice)),
                Is.EqualTo(new[] { ("SKU-TABLE", 1, (PriceResponse?)new PriceResponse(48.60m, "USD")) }));
            Assert.That(details.Items.Single().OrderItemId, Does.Match("^[0-9]{14}$"));
            Assert.That(details.GrandTotal, Is.EqualTo(new PriceResponse(48.60m, "USD")));
            Assert.That(details.Buyer?.Name, Is.EqualTo("Nora Quinn"));
            Assert.That(details.Buyer?.Email, Is.EqualTo("noraquinn@marketplace.amazon.com"));
            Assert.That(details.Buyer?.ShipTo?.City, Is.EqualTo("Seattle"));
            Assert.That(details.Buyer?.ShipTo?.AddressLine1, Is.EqualTo("410 Terry Ave N"));
            Assert.That(details.BuyerCancelReason, Is.Null);
            Assert.That(details.ImportProblem, Is.Null);
            Assert.That(details.Notes, Is.Empty);
            Assert.That(details.CommerceOrderNumber, Is.Null, "no Commerce order exists yet");
            Assert.That(details.SettingsVersion, Is.EqualTo(1));
            Assert.That(details.Version, Is.EqualTo(3));
            Assert.That(details.History.Select(entry => (entry.Version, entry.EventType, entry.Description)), Is.EqualTo(new[]
            {
                (1L, "AmazonOrderImported", "Imported from Amazon as Pending (MFN, 1 unit)"),
                (2L, "AmazonOrderStatusChanged", "Amazon status changed from Pending to Unshipped"),
                (3L, "AmazonOrderDetailsRecorded", "Prices recorded, total 48.60 USD; buyer details received"),
            }));
            Assert.That(details.History.Select(entry => entry.SettingsVersion), Is.EqualTo(new int?[] { 1, 1, null }));
            Assert.That(details.History.Select(entry => entry.Timestamp), Is.Ordered);
        });
    }

    [Test]
    public async Task Given_a_shipped_order_When_opened_Then_its_history_tells_each_step_and_carries_no_personal_data()
    {
        var order = Order(2);

        using var response = await OrderImport.GetAsync($"api/orders/{order.AmazonOrderId}");
        var details = (await response.Content.ReadFromJsonAsync<OrderDetailsResponse>())!;
        var history = JsonSerializer.Serialize(details.History);

        Assert.Multiple(() =>
        {
            Assert.That(details.ChannelStatus, Is.EqualTo("Shipped"));
            Assert.That(details.GrandTotal, Is.EqualTo(new PriceResponse(33.50m, "USD")));
            Assert.That(details.Items.Select(item => (item.SellerSku, item.ItemPrice?.Amount)),
                Is.EquivalentTo(new[] { ("SKU-MUG-RED", (decimal?)12.50m), ("SKU-PLATE", 21.00m) }));
            Assert.That(details.History.Select(entry => entry.EventType), Is.EqualTo(new[]
            {
                "AmazonOrderImported", "AmazonOrderStatusChanged", "AmazonOrderDetailsRecorded", "AmazonOrderStatusChanged",
            }));
            Assert.That(details.History[^1].Description, Is.EqualTo("Amazon status changed from Unshipped to Shipped"));
            Assert.That(details.Version, Is.EqualTo(4));
            Assert.That(history, Does.Not.Contain("Jane").And.Not.Contain("janedoe").And.Not.Contain("Terry Ave").And.Not.Contain("555"));
        });
    }

    [Test]
    public async Task Given_a_pending_order_When_opened_Then_it_has_items_without_prices_and_no_buyer_yet()
    {
        var details = await DetailsAsync(Order(0));

        Assert.Multiple(() =>
        {
            Assert.That(details.ChannelStatus, Is.EqualTo("Pending"));
            Assert.That(details.Items.Select(item => (item.SellerSku, item.Quantity)), Is.EqualTo(new[] { ("SKU-MUG-RED", 2) }));
            Assert.That(details.Items.Single().ItemPrice, Is.Null);
            Assert.That(details.GrandTotal, Is.Null);
            Assert.That(details.Buyer, Is.Null, "Amazon gives no buyer before it verifies the payment");
            Assert.That(details.Notes, Is.Empty);
            Assert.That(details.History.Select(entry => entry.Description),
                Is.EqualTo(new[] { "Imported from Amazon as Pending (MFN, 2 units)" }));
            Assert.That(details.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_an_FBA_order_When_opened_Then_it_was_imported_shipped_with_its_buyer_and_no_phone()
    {
        var details = await DetailsAsync(Order(3));

        Assert.Multiple(() =>
        {
            Assert.That(details.FulfillmentChannel, Is.EqualTo("AFN"));
            Assert.That(details.ChannelStatus, Is.EqualTo("Shipped"));
            Assert.That(details.GrandTotal, Is.EqualTo(new PriceResponse(19.99m, "USD")));
            Assert.That(details.Buyer?.Name, Is.EqualTo("Amelie Durand"));
            Assert.That(details.Buyer?.ShipTo?.Phone, Is.Null, "Amazon never shows the phone of an FBA order");
            Assert.That(details.History.Select(entry => entry.Description), Is.EqualTo(new[]
            {
                "Imported from Amazon as Shipped (AFN, 1 unit)",
                "Prices recorded, total 19.99 USD; buyer details received",
            }));
        });
    }

    [Test]
    public async Task Given_an_order_canceled_before_verification_When_opened_Then_it_is_Canceled_without_total_or_buyer()
    {
        var details = await DetailsAsync(Order(4));

        Assert.Multiple(() =>
        {
            Assert.That(details.AmazonStatus, Is.EqualTo("Canceled"));
            Assert.That(details.ChannelStatus, Is.EqualTo("Canceled"));
            Assert.That(details.GrandTotal, Is.Null);
            Assert.That(details.Buyer, Is.Null);
            Assert.That(details.History[^1].Description, Is.EqualTo("Amazon status changed from Pending to Canceled"));
        });
    }

    [Test]
    public async Task Given_an_order_number_never_imported_When_opened_Then_404_problem_details()
    {
        using var response = await OrderImport.GetAsync("api/orders/111-0000000-0000000");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("111-0000000-0000000"));
        });
    }

    /// <summary>
    /// SPEC §11: erasing a buyer's personal data leaves the order and its history whole. Nothing erases it yet (the
    /// retention job does not exist), so the test deletes the document as that job would.
    /// </summary>
    [Test]
    public async Task Given_a_buyer_whose_personal_data_was_erased_When_the_order_is_opened_and_listed_Then_the_buyer_is_absent_and_the_rest_stays()
    {
        var order = Order(9);
        var before = await DetailsAsync(order);

        await EraseBuyerAsync(order.AmazonOrderId);
        var after = await DetailsAsync(order);
        var row = (await GetOrdersAsync($"?orderNumber={order.AmazonOrderId}")).Items.Single();
        var byName = await GetOrdersAsync("?buyer=Li%20Wei");

        Assert.Multiple(() =>
        {
            Assert.That(before.Buyer?.Name, Is.EqualTo("Li Wei"));
            Assert.That(after.Buyer, Is.Null);
            Assert.That(row.BuyerName, Is.Null);
            Assert.That(byName.Items, Is.Empty);
            Assert.That(after with { Buyer = null }, Is.EqualTo(before with { Buyer = null })
                .Using<OrderDetailsResponse>((x, y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y)));
            Assert.That(row.GrandTotal, Is.EqualTo(39.98m));
        });
    }

    private static async Task EraseBuyerAsync(string amazonOrderId)
    {
        await using var connection = new NpgsqlConnection(Running.DatabaseOf(FulfillmentService.OrderImport).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("DELETE FROM order_import.mt_doc_buyerpersonaldata WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", amazonOrderId);
        Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
    }
}
