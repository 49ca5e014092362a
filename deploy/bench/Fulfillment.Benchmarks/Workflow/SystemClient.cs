using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.Operator.Authentication;

namespace Fulfillment.Benchmarks.Workflow;

/// <summary>
/// The HTTP calls the benchmark makes as buyers and Amazon (the simulator's admin API) and as the merchant (store,
/// catalog, shipments). Every call is checked: a refusal stops the run with the service's answer; a service that is
/// down or answers 5xx, 409 or 429 is asked again (<see cref="Retry"/>), so that the fault suite's outages do not stop
/// the driver. Calls to the services carry an access token of the launcher's operations client (every scope), renewed
/// before it expires; calls to the simulator carry none.
/// </summary>
public sealed class SystemClient(BenchSettings settings) : IDisposable
{
    public const string StoreId = "store-us";

    private readonly HttpClient _http = new(new ClientCredentialsHandler(
        settings.Operations,
        [settings.OrderImport, settings.CommerceOrder, settings.TrackingSync, settings.Simulator],
        TimeProvider.System,
        new SocketsHttpHandler { MaxConnectionsPerServer = 64 }))
    {
        Timeout = TimeSpan.FromSeconds(100),
    };

    public Task ConnectStoreAsync(CancellationToken cancellationToken) => Retry.UntilDoneAsync(ConnectStoreOnceAsync, cancellationToken);

    private async Task ConnectStoreOnceAsync(CancellationToken cancellationToken)
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
        Retry.UntilDoneAsync(async token => (await SendAsync(HttpMethod.Put, new Uri(settings.CommerceOrder, $"api/catalog/products/{sku}"),
            new { name = sku, enabled = true, quantity, manageStock = true }, token)).Dispose(), cancellationToken);

    /// <summary>The catalog's stock of one product: on hand and reserved.</summary>
    public Task<(int Quantity, int Reserved)> StockAsync(string sku, CancellationToken cancellationToken) =>
        Retry.UntilDoneAsync(async token =>
        {
            using var product = await GetJsonAsync(new Uri(settings.CommerceOrder, $"api/catalog/products/{sku}"), token);
            return (product.RootElement.GetProperty("quantity").GetInt32(), product.RootElement.GetProperty("reserved").GetInt32());
        }, cancellationToken);

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
        // Amazon's side is not what the fault suite breaks: a retry here only rides out a busy machine.
        return await Retry.UntilDoneAsync(async token => await ReadOrderStateAsync(
            await SendAsync(HttpMethod.Post, new Uri(settings.Simulator, "simulator/orders"), body, token), token), cancellationToken);
    }

    public Task<AmazonOrderState> ChangeStatusAsync(string amazonOrderId, string status, CancellationToken cancellationToken) =>
        Retry.UntilDoneAsync(async token => await ReadOrderStateAsync(
            await SendAsync(HttpMethod.Post, new Uri(settings.Simulator, $"simulator/orders/{amazonOrderId}/status"),
                new { status }, token),
            token), cancellationToken);

    /// <summary>
    /// Ships every item in one UPS package; the Idempotency-Key makes a repeated request harmless, so it is sent again,
    /// with the same key, until CommerceOrder answers: a request that met a dead or restarting service, or a 409 (the
    /// order changed meanwhile).
    /// </summary>
    public Task ShipAsync(string incrementId, string shipmentId, IReadOnlyList<(string ItemId, int Quantity)> items,
        string trackingNumber, CancellationToken cancellationToken) =>
        Retry.UntilDoneAsync(token => ShipOnceAsync(incrementId, shipmentId, items, trackingNumber, token), cancellationToken);

    private async Task ShipOnceAsync(string incrementId, string shipmentId, IReadOnlyList<(string ItemId, int Quantity)> items,
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

    /// <summary>
    /// An operator's cancel of an Unshipped MFN order at Amazon (OrderImport's <c>POST /api/orders/{id}/cancel</c>).
    /// Sent again while the service is down, unless <paramref name="alreadyRequested"/> shows the earlier request
    /// landed though its answer was lost: a cancel asked again after Amazon confirmed the first would be a second one.
    /// A 409 is final (the order cannot be canceled), unless the cancel is found recorded.
    /// </summary>
    public Task CancelAtAmazonAsync(
        string amazonOrderId, Func<CancellationToken, Task<bool>> alreadyRequested, CancellationToken cancellationToken) =>
        Retry.UntilDoneAsync(async token =>
        {
            if (await alreadyRequested(token))
            {
                return;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.OrderImport, $"api/orders/{WebUtility.UrlEncode(amazonOrderId)}/cancel"))
            {
                Content = JsonContent.Create(new { reasonCode = "NoInventory", requestedBy = "fault-suite" }),
            };
            using var response = await _http.SendAsync(request, token);
            if (response.StatusCode == HttpStatusCode.Conflict && !await alreadyRequested(token))
            {
                throw new InvalidOperationException(
                    $"POST {request.RequestUri} answered 409: {await response.Content.ReadAsStringAsync(token)}");
            }

            if (response.StatusCode != HttpStatusCode.Conflict)
            {
                await EnsureSuccessAsync(response, token);
            }
        }, cancellationToken);

    /// <summary>Every feed Amazon received from the seller, with the orders each names (the simulator's admin API).</summary>
    public Task<JsonDocument> AmazonFeedsAsync(CancellationToken cancellationToken) =>
        Retry.UntilDoneAsync(token => GetJsonAsync(new Uri(settings.Simulator, $"simulator/feeds?sellerId={settings.SellerId}"), token),
            cancellationToken);

    /// <summary>Amazon's own view of every order of the seller (the simulator's admin API).</summary>
    public Task<JsonDocument> AmazonOrdersAsync(CancellationToken cancellationToken) =>
        Retry.UntilDoneAsync(token => GetJsonAsync(new Uri(settings.Simulator, $"simulator/orders?sellerId={settings.SellerId}"), token),
            cancellationToken);

    /// <summary>
    /// An operator's call to a service's admin API, e.g. a re-publication of a stream's contracts.
    /// </summary>
    public Task<JsonDocument> OperatorPostAsync(Uri service, string path, CancellationToken cancellationToken) =>
        Retry.UntilDoneAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(service, path));
            using var response = await _http.SendAsync(request, token);
            await EnsureSuccessAsync(response, token);
            return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(token), cancellationToken: token);
        }, cancellationToken);

    /// <summary>Amazon's side in the simulator's admin API: a JSON body sent, the answer ignored.</summary>
    public Task SimulatorAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        Retry.UntilDoneAsync(async token =>
        {
            using var request = new HttpRequestMessage(method, new Uri(settings.Simulator, path));
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            using var response = await _http.SendAsync(request, token);
            await EnsureSuccessAsync(response, token);
        }, cancellationToken);

    public Task<JsonDocument> SimulatorJsonAsync(string path, CancellationToken cancellationToken) =>
        Retry.UntilDoneAsync(token => GetJsonAsync(new Uri(settings.Simulator, path), token), cancellationToken);

    private async Task<JsonDocument> GetJsonAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(uri, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }

    public async Task<JsonDocument> RebuildAsync(string projection, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.OrderImport, $"admin/projections/{projection}/rebuild"));
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
            throw new ServiceAnswerException((int)response.StatusCode,
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
