using System.Net;
using System.Net.Http.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;
using Fulfillment.SystemTests.Stores;

namespace Fulfillment.SystemTests.Workflow;

/// <summary>One order through every service, for tests that look at what the whole journey left behind.</summary>
public static class WholeWorkflow
{
    /// <summary>W1-W5: placed, verified, a Commerce order and customer, shipped in Commerce, confirmed to Amazon.</summary>
    public static async Task<string> ShipOneOrderAsync(PollingFixture fixture)
    {
        // With a customer account CustomerProvisioning reads and writes its store for the buyer too.
        (await fixture.OrderImport.Http.ChangeSettingsAsync(PollingFixture.StoreId, new SettingsBody(CustomerCreation: "BuildNewCustomerAccount")))
            .EnsureSuccessStatusCode();
        var sku = $"SKU-{Guid.NewGuid():N}"[..16];
        using (var product = await CommerceOrder(fixture).PutAsJsonAsync(
                   $"api/catalog/products/{sku}", new { name = $"Product {sku}", enabled = true, quantity = 5, manageStock = true }))
        {
            product.EnsureSuccessStatusCode();
        }

        var amazonOrderId = await fixture.Amazon.PlaceOrderAsync("MFN", (sku, 1, 19.90m));
        await fixture.Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await fixture.ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Pending");
        await fixture.Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await fixture.Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        var number = (await fixture.ChannelOrderAsync(amazonOrderId, order => order.GetProperty("commerceOrderNumber").GetString() is not null))
            .GetProperty("commerceOrderNumber").GetString()!;

        using (var shipment = await CommerceOrder(fixture).PostAsJsonAsync($"api/commerce/orders/{number}/ship", new
               {
                   items = new[] { new { order_item_id = "1", qty = 1 } },
                   tracks = new[] { new { track_number = "1Z999AA10123456784", title = "UPS", carrier_code = "ups" } },
               }))
        {
            Assert.That(shipment.StatusCode, Is.EqualTo(HttpStatusCode.Created), await shipment.Content.ReadAsStringAsync());
        }

        await fixture.ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Shipped"
            && order.GetProperty("notes").EnumerateArray().Any(note => note.GetString() == "Tracking information has been submitted to Amazon"));
        return amazonOrderId;
    }

    private static HttpClient CommerceOrder(PollingFixture fixture) => fixture.System[FulfillmentService.CommerceOrder].Http;
}
