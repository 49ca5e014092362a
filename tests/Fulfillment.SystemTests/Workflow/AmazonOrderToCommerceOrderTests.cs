using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;
using Fulfillment.SystemTests.Stores;

namespace Fulfillment.SystemTests.Workflow;

/// <summary>
/// W1-W4, C1-C2, F2-F3 and S1 across every service: Amazon (the simulator) → OrderImport's poll → CommerceOrder and
/// CustomerProvisioning → back to the channel order in OrderImport's orders view.
/// </summary>
[NonParallelizable]
public sealed class AmazonOrderToCommerceOrderTests()
    : WorkflowTest(FulfillmentService.CommerceOrder, FulfillmentService.CustomerProvisioning)
{
    [Test]
    public async Task Given_an_MFN_order_in_stock_When_Amazon_verifies_it_Then_the_channel_order_shows_its_one_Commerce_order()
    {
        var sku = await ProductAsync(quantity: 5);
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (sku, 2, 19.90m));
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Pending");
        Assert.That(await CommerceOrderOfAsync(amazonOrderId), Is.Null, "no Commerce order while Amazon has not verified it (W1)");

        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));

        var channelOrder = await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("commerceOrderNumber").GetString() is not null);
        var commerceOrder = (await CommerceOrderOfAsync(amazonOrderId))!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(channelOrder.GetProperty("commerceOrderNumber").GetString(), Is.EqualTo(commerceOrder.GetProperty("increment_id").GetString()));
            Assert.That(channelOrder.GetProperty("channelStatus").GetString(), Is.EqualTo("Unshipped"));
            Assert.That(commerceOrder.GetProperty("grand_total").GetDecimal(),
                Is.EqualTo(channelOrder.GetProperty("grandTotal").GetProperty("amount").GetDecimal()), "Amazon's total");
            Assert.That(commerceOrder.GetProperty("state").GetString(), Is.EqualTo("processing"));
            Assert.That(commerceOrder.GetProperty("customer_email").GetString(), Is.EqualTo("jane.doe@example.com"));
            Assert.That(commerceOrder.GetProperty("extension_attributes").GetProperty("shipping_assignments")[0]
                .GetProperty("shipping").GetProperty("address").GetProperty("city").GetString(), Is.EqualTo("Seattle"));
        });
    }

    [Test]
    public async Task Given_an_MFN_order_out_of_stock_When_verified_Then_the_channel_order_shows_the_error_until_the_restock_creates_it()
    {
        var sku = await ProductAsync(quantity: 0);
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (sku, 2, 12.00m));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));

        var blocked = await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Error");
        Assert.That(blocked.GetProperty("notes")[0].GetString(),
            Is.EqualTo($"Cannot create sales order: Product '{sku}' is out of stock (2 ordered, 0 available)"));

        await PutProductAsync(sku, quantity: 3);

        var created = await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("commerceOrderNumber").GetString() is not null);
        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("channelStatus").GetString(), Is.EqualTo("Unshipped"));
            Assert.That(created.GetProperty("notes")[0].GetString(), Does.StartWith("Commerce order ").And.EndWith(" created"));
        });
    }

    [Test]
    public async Task Given_an_FBA_order_When_Amazon_ships_it_Then_it_is_imported_as_a_complete_Commerce_order()
    {
        var sku = await ProductAsync(quantity: 0);
        var amazonOrderId = await Amazon.PlaceOrderAsync("AFN", (sku, 1, 30.00m));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.ChangeStatusAsync(amazonOrderId, "Shipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));

        var channelOrder = await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("commerceOrderNumber").GetString() is not null);
        var commerceOrder = (await CommerceOrderOfAsync(amazonOrderId))!.Value;
        var product = await CommerceOrder.GetFromJsonAsync<JsonElement>($"api/catalog/products/{sku}");
        Assert.Multiple(() =>
        {
            Assert.That(channelOrder.GetProperty("channelStatus").GetString(), Is.EqualTo("Shipped"));
            Assert.That(commerceOrder.GetProperty("state").GetString(), Is.EqualTo("complete"));
            Assert.That(product.GetProperty("quantity").GetInt32(), Is.Zero, "FBA never touches Commerce stock (C3)");
        });
    }

    [Test]
    public async Task Given_a_store_that_does_not_import_orders_When_an_order_is_verified_Then_it_is_listed_without_a_Commerce_order()
    {
        var sku = await ProductAsync(quantity: 5);
        (await OrderImport.ChangeSettingsAsync(PollingFixture.StoreId, new SettingsBody(ImportOrders: false))).EnsureSuccessStatusCode();
        try
        {
            var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (sku, 1, 9.99m));
            await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
            await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));

            var listed = await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Unshipped");
            var process = await Eventually.GetAsync(
                async () => await CommerceOrder.GetAsync($"api/commerce/order-processes/{amazonOrderId}") is { IsSuccessStatusCode: true } response
                    ? await response.Content.ReadFromJsonAsync<JsonElement>() as object
                    : null,
                TimeSpan.FromSeconds(30), "CommerceOrder to note the order");
            Assert.Multiple(async () =>
            {
                Assert.That(listed.GetProperty("commerceOrderNumber").ValueKind, Is.EqualTo(JsonValueKind.Null));
                Assert.That(((JsonElement)process).GetProperty("stage").GetString(), Is.EqualTo("NotImported"));
                Assert.That(await CommerceOrderOfAsync(amazonOrderId), Is.Null);
            });
        }
        finally
        {
            (await OrderImport.ChangeSettingsAsync(PollingFixture.StoreId, new SettingsBody())).EnsureSuccessStatusCode();
        }
    }
}
