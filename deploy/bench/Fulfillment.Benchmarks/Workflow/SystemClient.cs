using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.Benchmarks.Workflow;

/// <summary>
/// The HTTP calls the benchmark makes as buyers and Amazon (the simulator's admin API) and as the merchant (store,
/// catalog, shipments). Every call is checked: a refusal stops the run with the service's answer.
/// </summary>
public sealed class SystemClient(BenchSettings settings) : IDisposable
{
    public const string StoreId = "store-us";

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 })
    {
        Timeout = TimeSpan.FromSeconds(100),
    };

    public async Task ConnectStoreAsync(CancellationToken cancellationToken)
    {
        var stores = new Uri(settings.OrderImport, "api/stores");
        using var existing = await _http.GetAsync(new Uri(settings.OrderImport, $"api/stores/{StoreId}"), cancellationToken);
        if (existing.StatusCode == HttpStatusCode.NotFound)
        {
            await SendAsync(HttpMethod.Post, stores, new
            {
                storeId = StoreId,
                sellerId = settings.SellerId,
                marketplaceId = "ATVPDKIKX0DER",
                spApiEndpoint = settings.Simulator.ToString().TrimEnd('/'),
                credentialsName = "demo",
                websiteCode = "base",
            }, cancellationToken);
        }

        await SendAsync(HttpMethod.Put, new Uri(settings.OrderImport, $"api/stores/{StoreId}/settings"), new
        {
            importOrders = true,
            storeViewCode = (string?)null,
            customerCreation = "BuildNewCustomerAccount",
            orderNumberSource = "CommerceIncrementNumber",
            pendingOrders = "DoNotReserveQuantity",
            customProcessingStatus = (string?)null,
            state = "Active",
            readOnlyMode = false,
        }, cancellationToken);
    }

    public Task SaveProductAsync(string sku, int quantity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, new Uri(settings.CommerceOrder, $"api/catalog/products/{sku}"),
            new { name = sku, enabled = true, quantity, manageStock = true }, cancellationToken);

    /// <returns>Amazon's order id and last update date.</returns>
    public async Task<AmazonOrderState> PlaceOrderAsync(PlannedOrder order, CancellationToken cancellationToken)
    {
        var buyer = $"bench-buyer-{order.Number % 1000}";
        var body = new
        {
            sellerId = settings.SellerId,
            marketplaceId = "ATVPDKIKX0DER",
            fulfillmentChannel = order.Kind == OrderKind.Fba ? "AFN" : "MFN",
            items = order.Lines.Select(line => new { sellerSku = line.Sku, quantity = line.Quantity, unitPrice = line.UnitPrice }),
            buyer = new { name = $"Bench Buyer{order.Number % 1000}", email = $"{buyer}@example.com" },
            shipTo = new { name = $"Bench Buyer{order.Number % 1000}", addressLine1 = "1 Main St", city = "Seattle", countryCode = "US" },
        };
        return await ReadOrderStateAsync(
            await SendAsync(HttpMethod.Post, new Uri(settings.Simulator, "simulator/orders"), body, cancellationToken),
            cancellationToken);
    }

    public async Task<AmazonOrderState> ChangeStatusAsync(string amazonOrderId, string status, CancellationToken cancellationToken) =>
        await ReadOrderStateAsync(
            await SendAsync(HttpMethod.Post, new Uri(settings.Simulator, $"simulator/orders/{amazonOrderId}/status"),
                new { status }, cancellationToken),
            cancellationToken);

    /// <summary>Ships every item in one UPS package; the shipment id makes a repeated request harmless.</summary>
    public async Task ShipAsync(string incrementId, string shipmentId, IReadOnlyList<(string ItemId, int Quantity)> items,
        string trackingNumber, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.CommerceOrder, $"api/commerce/orders/{incrementId}/ship"))
        {
            Content = JsonContent.Create(new
            {
                items = items.Select(item => new { order_item_id = item.ItemId, qty = item.Quantity }),
                tracks = new[] { new { track_number = trackingNumber, title = "UPS", carrier_code = "ups" } },
            }),
        };
        request.Headers.Add("Idempotency-Key", shipmentId);
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>Amazon's own view of every order of the seller (the simulator's admin API).</summary>
    public async Task<JsonDocument> AmazonOrdersAsync(CancellationToken cancellationToken) =>
        await _http.GetFromJsonAsync<JsonDocument>(
            new Uri(settings.Simulator, $"simulator/orders?sellerId={settings.SellerId}"), cancellationToken)
        ?? throw new InvalidOperationException("The simulator answered no orders.");

    public async Task<JsonDocument> RebuildAsync(string projection, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.OrderImport, $"admin/projections/{projection}/rebuild"));
        request.Headers.Add("X-Operator-Key", settings.OperatorKey);
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, object body, CancellationToken cancellationToken)
    {
        var response = await _http.SendAsync(new HttpRequestMessage(method, uri) { Content = JsonContent.Create(body) }, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return response;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {answer}");
        }
    }

    private static async Task<AmazonOrderState> ReadOrderStateAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            using var order = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return new AmazonOrderState(
                order.RootElement.GetProperty("amazonOrderId").GetString()!,
                order.RootElement.GetProperty("lastUpdateDate").GetDateTimeOffset());
        }
    }
}

public sealed record AmazonOrderState(string AmazonOrderId, DateTimeOffset LastUpdateDate);
