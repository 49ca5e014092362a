using Fulfillment.SystemTests.Infrastructure.Identity;
using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.Contracts.CommerceOrders;
using Fulfillment.Contracts.Customers;
using Fulfillment.SystemTests.CommerceSide;
using Fulfillment.SystemTests.FirstSlice;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;
using MassTransit;

namespace Fulfillment.SystemTests.Operations;

/// <summary>
/// OrderImport, CommerceOrder and CustomerProvisioning on real PostgreSQL and RabbitMQ, once for every operations
/// test, with a connected store and a test bus that publishes OrderImport's contracts and records Commerce's.
/// Each test uses its own Amazon orders.
/// </summary>
[SetUpFixture]
public sealed class OperationsSystem
{
    private static FulfillmentSystem? _system;
    private static IBusControl? _bus;

    public static FulfillmentSystem Running => _system ?? throw new InvalidOperationException("The system is not running.");

    public static PublishedContracts Published { get; } = new();

    /// <summary>Every delivery of CommerceOrderPlaced and OrderPending, copies included, with its message id.</summary>
    public static ConcurrentQueue<(string Contract, string AmazonOrderId, Guid? MessageId)> Deliveries { get; } = new();

    public static HttpClient OrderImport => Running[FulfillmentService.OrderImport].Http;

    public static HttpClient CommerceOrder => Running[FulfillmentService.CommerceOrder].Http;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _system = await FulfillmentSystem.StartAsync(
            FulfillmentService.OrderImport, FulfillmentService.CommerceOrder, FulfillmentService.CustomerProvisioning);
        _bus = await _system.StartTestBusAsync();
        await Published.ListenAsync(_bus, "test-operations-contracts-audit", endpoint =>
        {
            Published.Record<ProvisionCustomer>(endpoint, message => message.AmazonOrderId);
            Published.Record<CommerceOrderPlaced>(endpoint, message => message.AmazonOrderId);
        });
        var deliveries = _bus.ConnectReceiveEndpoint("test-operations-deliveries", endpoint =>
        {
            endpoint.Handler<CommerceOrderPlaced>(context => Deliver(nameof(CommerceOrderPlaced), context.Message.AmazonOrderId, context.MessageId));
            endpoint.Handler<OrderPending>(context => Deliver(nameof(OrderPending), context.Message.AmazonOrderId, context.MessageId));
        });
        await deliveries.Ready;
        await AmazonOrderRequests.ConnectStoreAsync(OrderImport);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }

    private static Task Deliver(string contract, string amazonOrderId, Guid? messageId)
    {
        Deliveries.Enqueue((contract, amazonOrderId, messageId));
        return Task.CompletedTask;
    }

    public static Task PublishAsync<TContract>(TContract message, Guid messageId) where TContract : class =>
        _bus!.Publish(message, context => context.MessageId = messageId);

    /// <summary>An /admin request as an admin, or as another of the test people (nobody when null).</summary>
    public static Task<HttpResponseMessage> SendAsync(
        FulfillmentService service, HttpMethod method, string path, string? person = TestPeople.Admin,
        object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return Running[service].Http.SendAsAsync(request, person);
    }

    public static async Task<JsonElement> ReadAsync(FulfillmentService service, string path)
    {
        using var response = await SendAsync(service, HttpMethod.Get, path, TestPeople.Viewer);
        return await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> ActAsync(FulfillmentService service, string path, object? body = null)
    {
        using var response = await SendAsync(service, HttpMethod.Post, path, body: body);
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{Running.RecentOutput}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> HistoryAsync(FulfillmentService service, string amazonOrderId) =>
        ReadAsync(service, $"admin/history/orders/{amazonOrderId}");

    /// <summary>
    /// Publishes an order's OrderUnshipped as OrderImport would (after its OrderPending when asked) and waits for
    /// the Commerce order CommerceOrder placed from it.
    /// </summary>
    public static async Task<VerifiedOrders> PlaceCommerceOrderAsync(Guid unshippedMessageId, bool pendingFirst = false)
    {
        var order = VerifiedOrders.New();
        using var product = await CommerceOrder.PutAsJsonAsync(
            $"api/catalog/products/{order.Sku}", new { name = "Red mug", enabled = true, quantity = 10, manageStock = true });
        product.EnsureSuccessStatusCode();
        if (pendingFirst)
        {
            await PublishAsync(order.Pending(), NewId.NextGuid());
            await Eventually.GetAsync(
                async () => (await HistoryAsync(FulfillmentService.CommerceOrder, order.AmazonOrderId)).GetArrayLength() > 0 ? "noted" : null,
                TimeSpan.FromSeconds(30), $"CommerceOrder noted {order.AmazonOrderId}\n{Running.RecentOutput}");
        }

        await PublishAsync(order.Unshipped(), unshippedMessageId);
        await Eventually.GetAsync(
            () => Task.FromResult(Published.Last<CommerceOrderPlaced>(order.AmazonOrderId)),
            TimeSpan.FromSeconds(30), $"CommerceOrderPlaced of {order.AmazonOrderId}\n{Running.RecentOutput}");
        return order;
    }

    /// <summary>Records a pending Amazon order in OrderImport (the only status recorded over HTTP).</summary>
    public static async Task RecordPendingAsync(string amazonOrderId)
    {
        using var response = await OrderImport.PostAsJsonAsync("api/amazon-orders", new
        {
            amazonOrderId,
            storeId = AmazonOrderRequests.StoreId,
            marketplaceId = "ATVPDKIKX0DER",
            fulfillmentChannel = "MFN",
            orderStatus = "Pending",
            purchaseDate = "2026-11-20T10:00:00Z",
            lastUpdateDate = "2026-11-20T10:05:00Z",
            items = new[] { new { orderItemId = "11111111111111", sellerSku = "SKU-MUG-RED", quantity = 2 } },
        });
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"Recording {amazonOrderId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
