using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>The demo's buyers: with the demo on, the simulator places orders by itself and moves them as Amazon would.</summary>
public sealed class DemoOrderStreamTests
{
    private const string DemoSeller = "ADEMOSELLER01";
    private RunningSimulator _simulator = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _simulator = await RunningSimulator.StartAsync(new Dictionary<string, string>
    {
        ["SpApiSimulator__Demo__Enabled"] = "true",
        ["SpApiSimulator__Demo__SellerId"] = DemoSeller,
        ["SpApiSimulator__Demo__Interval"] = "00:00:00.500",
        ["SpApiSimulator__Demo__VerifyAfter"] = "00:00:01",
        ["SpApiSimulator__Demo__ShipFbaAfter"] = "00:00:01",
        ["SpApiSimulator__Demo__FbaShare"] = "0.4",
        ["SpApiSimulator__Demo__CancelShare"] = "0.3",
        ["SpApiSimulator__Demo__MaxOrders"] = "12",
        ["SpApiSimulator__Demo__Products__0__Sku"] = "DEMO-MUG",
        ["SpApiSimulator__Demo__Products__0__Title"] = "Mug",
        ["SpApiSimulator__Demo__Products__0__UnitPrice"] = "12.50",
        ["SpApiSimulator__Demo__Products__1__Sku"] = "DEMO-TEE",
        ["SpApiSimulator__Demo__Products__1__Title"] = "T-shirt",
        ["SpApiSimulator__Demo__Products__1__UnitPrice"] = "19.00",
    });

    [OneTimeTearDown]
    public async Task StopAsync() => await _simulator.DisposeAsync();

    [Test]
    public async Task Given_the_demo_on_When_time_passes_Then_its_orders_are_placed_verified_shipped_by_Amazon_or_canceled()
    {
        var orders = await Eventually.GetAsync(async () =>
        {
            var listed = await _simulator.Http.GetFromJsonAsync<List<JsonElement>>($"simulator/orders?sellerId={DemoSeller}");
            return listed is { Count: 12 } && listed.All(order => order.GetProperty("orderStatus").GetString() switch
            {
                "Pending" => false,
                "Unshipped" => order.GetProperty("fulfillmentChannel").GetString() == "MFN",
                _ => true,
            })
                ? listed
                : null;
        }, TimeSpan.FromSeconds(30), "twelve demo orders where the demo leaves them");

        var statuses = orders.Select(order => (
            Channel: order.GetProperty("fulfillmentChannel").GetString(), Status: order.GetProperty("orderStatus").GetString())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Where(order => order.Channel == "AFN").Select(order => order.Status), Is.Not.Empty.And.All.EqualTo("Shipped"));
            Assert.That(statuses.Where(order => order.Channel == "MFN").Select(order => order.Status),
                Has.All.AnyOf("Unshipped", "Canceled"));
            Assert.That(statuses.Select(order => order.Status), Has.Member("Unshipped").And.Member("Canceled"));
            Assert.That(orders.SelectMany(order => order.GetProperty("items").EnumerateArray())
                .Select(item => item.GetProperty("sellerSku").GetString()), Has.All.AnyOf("DEMO-MUG", "DEMO-TEE"));
        });
    }
}
