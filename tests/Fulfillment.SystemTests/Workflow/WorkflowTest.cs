using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;

namespace Fulfillment.SystemTests.Workflow;

/// <summary>
/// Every service the test class names, with the simulator polled by OrderImport for a connected store, and what a
/// workflow test reads and does through their HTTP APIs.
/// </summary>
public abstract class WorkflowTest(params FulfillmentService[] services)
{
    protected PollingFixture Fixture { get; private set; } = null!;

    protected AmazonSide Amazon => Fixture.Amazon;
    protected HttpClient OrderImport => Fixture.OrderImport.Http;
    protected HttpClient CommerceOrder => Fixture.System[FulfillmentService.CommerceOrder].Http;

    [OneTimeSetUp]
    public async Task StartAsync() => Fixture = await PollingFixture.StartAsync(services);

    [OneTimeTearDown]
    public async Task StopAsync() => await Fixture.DisposeAsync();

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(Fixture.System.RecentOutput);
        }
    }

    /// <summary>A new product of the catalog with its own SKU.</summary>
    protected async Task<string> ProductAsync(int quantity)
    {
        var sku = $"SKU-{Guid.NewGuid():N}"[..16];
        await PutProductAsync(sku, quantity);
        return sku;
    }

    protected async Task PutProductAsync(string sku, int quantity)
    {
        using var response = await CommerceOrder.PutAsJsonAsync(
            $"api/catalog/products/{sku}", new { name = $"Product {sku}", enabled = true, quantity, manageStock = true });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The channel order as OrderImport shows it, once <paramref name="until"/> holds.</summary>
    protected Task<JsonElement> ChannelOrderAsync(string amazonOrderId, Func<JsonElement, bool> until) =>
        Fixture.ChannelOrderAsync(amazonOrderId, until);

    protected async Task<JsonElement?> CommerceOrderOfAsync(string amazonOrderId)
    {
        using var response = await CommerceOrder.GetAsync($"api/commerce/orders?amazon_order_id={amazonOrderId}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }
}
