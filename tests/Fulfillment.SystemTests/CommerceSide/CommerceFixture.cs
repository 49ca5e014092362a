using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.Contracts.CommerceOrders;
using Fulfillment.Contracts.Customers;
using Fulfillment.Contracts.Shipments;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;
using MassTransit;

namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>
/// CommerceOrder and CustomerProvisioning running as processes on real PostgreSQL and RabbitMQ, with a test bus that
/// publishes OrderImport's contracts as OrderImport would and records what the two services publish. The website
/// <c>base</c> has store views <c>default</c> and <c>fr</c>. The periodic sweep of blocked orders runs once an hour,
/// so a blocked order placed during a test was placed by the catalog change that lifted its block (C2), not by the
/// sweep.
/// </summary>
public sealed class CommerceFixture : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private CommerceFixture(FulfillmentSystem system, IBusControl bus)
    {
        System = system;
        _bus = bus;
    }

    public FulfillmentSystem System { get; }
    public PublishedContracts Published { get; } = new();
    public ServiceProcess CommerceOrder => System[FulfillmentService.CommerceOrder];
    public ServiceProcess Customers => System[FulfillmentService.CustomerProvisioning];

    public static async Task<CommerceFixture> StartAsync()
    {
        var system = await FulfillmentSystem.StartAsync(
            new Dictionary<string, string>
            {
                ["Commerce__Websites__base__StoreViews__1"] = "fr",
                ["Commerce__BlockedOrderSweep__Interval"] = "01:00:00",
            },
            FulfillmentService.CommerceOrder, FulfillmentService.CustomerProvisioning);
        var fixture = new CommerceFixture(system, await system.StartTestBusAsync());
        await fixture.Published.ListenAsync(fixture._bus, "test-commerce-contracts-audit", endpoint =>
        {
            fixture.Published.Record<ProvisionCustomer>(endpoint, message => message.AmazonOrderId);
            fixture.Published.Record<CustomerProvisioned>(endpoint, message => message.AmazonOrderId);
            fixture.Published.Record<CommerceOrderPlaced>(endpoint, message => message.AmazonOrderId);
            fixture.Published.Record<CommerceOrderBlocked>(endpoint, message => message.AmazonOrderId);
            fixture.Published.Record<CommerceOrderClosed>(endpoint, message => message.AmazonOrderId);
            fixture.Published.Record<ShipmentCreated>(endpoint, message => message.AmazonOrderId);
            fixture.Published.Record<CommerceOrderCompleted>(endpoint, message => message.AmazonOrderId);
        });
        return fixture;
    }

    public Task PublishAsync<TContract>(TContract message) where TContract : class => _bus.Publish(message);

    public Task PublishAsync<TContract>(TContract message, Guid messageId) where TContract : class =>
        _bus.Publish(message, context => context.MessageId = messageId);

    public async Task SaveProductAsync(string sku, int quantity, bool enabled = true, bool manageStock = true)
    {
        using var response = await CommerceOrder.Http.PutAsJsonAsync(
            $"api/catalog/products/{sku}", new { name = $"Product {sku}", enabled, quantity, manageStock });
        response.EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> ProductAsync(string sku) =>
        await CommerceOrder.Http.GetFromJsonAsync<JsonElement>($"api/catalog/products/{sku}");

    /// <summary>The Commerce order of an Amazon order, as <c>GET /api/commerce/orders?amazon_order_id=</c> shows it; null when there is none.</summary>
    public async Task<JsonElement?> CommerceOrderOfAsync(string amazonOrderId)
    {
        using var response = await CommerceOrder.Http.GetAsync($"api/commerce/orders?amazon_order_id={amazonOrderId}");
        return response.StatusCode == HttpStatusCode.NotFound
            ? null
            : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> PlacedOrderAsync(string amazonOrderId) =>
        (await Eventually.GetAsync<object>(
            async () => await CommerceOrderOfAsync(amazonOrderId),
            TimeSpan.FromSeconds(30), $"the Commerce order of {amazonOrderId}\n{System.RecentOutput}") as JsonElement?)!.Value;

    /// <summary>The ERP/OMS/WMS hand-off of an Amazon order's Commerce order, once the forwarder has published it.</summary>
    public Task<CommerceOrderPlaced> HandOffAsync(string amazonOrderId) => Eventually.GetAsync(
        () => Task.FromResult(Published.Last<CommerceOrderPlaced>(amazonOrderId)),
        TimeSpan.FromSeconds(30), $"CommerceOrderPlaced for {amazonOrderId}");

    /// <summary>Ships from Commerce as a merchant would (W5): <c>POST /api/commerce/orders/{number}/ship</c>.</summary>
    public Task<HttpResponseMessage> ShipAsync(string incrementId, object request, string? idempotencyKey = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, $"api/commerce/orders/{incrementId}/ship")
        {
            Content = JsonContent.Create(request),
        };
        if (idempotencyKey is not null)
        {
            message.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return CommerceOrder.Http.SendAsync(message);
    }

    public async Task<JsonElement?> ProcessOfAsync(string amazonOrderId)
    {
        using var response = await CommerceOrder.Http.GetAsync($"api/commerce/order-processes/{amazonOrderId}");
        return response.StatusCode == HttpStatusCode.NotFound
            ? null
            : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> ProcessInStageAsync(string amazonOrderId, string stage) =>
        (await Eventually.GetAsync<object>(
            async () => await ProcessOfAsync(amazonOrderId) is { } process && process.GetProperty("stage").GetString() == stage
                ? process
                : null,
            TimeSpan.FromSeconds(30), $"order {amazonOrderId} to be {stage}\n{System.RecentOutput}") as JsonElement?)!.Value;

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        await System.DisposeAsync();
    }
}
