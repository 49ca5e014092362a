using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Polling;

/// <summary>Plays Amazon through the simulator's admin API: buyers place orders, Amazon verifies, ships, cancels.</summary>
public sealed class AmazonSide(HttpClient simulator, SimulatedSeller seller)
{
    public async Task<string> PlaceOrderAsync(string fulfillmentChannel, params (string Sku, int Quantity, decimal UnitPrice)[] lines)
    {
        using var response = await simulator.PostAsJsonAsync("simulator/orders", new
        {
            sellerId = seller.SellerId,
            marketplaceId = SimulatedSeller.MarketplaceId,
            fulfillmentChannel,
            items = lines.Select(line => new { sellerSku = line.Sku, quantity = line.Quantity, unitPrice = line.UnitPrice, itemTax = 1.50m }),
            buyer = new { name = "Jane Doe", email = "jane.doe@example.com" },
            shipTo = new
            {
                name = "Jane Doe", addressLine1 = "1 Main Street", city = "Seattle", stateOrRegion = "WA",
                postalCode = "98101", countryCode = "US", phone = "+1 206 555 0100",
            },
        });
        await EnsureSuccessAsync(response);
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();
        return order.GetProperty("amazonOrderId").GetString()!;
    }

    /// <param name="at">When Amazon made the change (default now): a past moment puts it on a polling-window edge.</param>
    public async Task ChangeStatusAsync(string amazonOrderId, string status, DateTimeOffset? at = null)
    {
        using var response = await simulator.PostAsJsonAsync($"simulator/orders/{amazonOrderId}/status", new { status, at });
        await EnsureSuccessAsync(response);
    }

    /// <summary>The buyer asks Amazon to cancel an order that is not shipped yet (A5).</summary>
    public async Task RequestBuyerCancellationAsync(string amazonOrderId, string reason)
    {
        using var response = await simulator.PostAsJsonAsync($"simulator/orders/{amazonOrderId}/buyer-cancellation", new { reason });
        await EnsureSuccessAsync(response);
    }

    /// <summary>The next <paramref name="count"/> calls of an operation fail as Amazon fails (Throttle, InternalError, ServiceUnavailable, Malformed).</summary>
    public async Task InjectFaultAsync(string operation, string kind, int count)
    {
        using var response = await simulator.PostAsJsonAsync("simulator/faults", new { operation, kind, count });
        await EnsureSuccessAsync(response);
    }

    public async Task<DateTimeOffset> NowAsync()
    {
        var clock = await simulator.GetFromJsonAsync<JsonElement>("simulator/clock");
        return clock.GetProperty("now").GetDateTimeOffset();
    }

    /// <summary>Starts the request counters from zero.</summary>
    public async Task ResetRequestCountsAsync()
    {
        using var response = await simulator.DeleteAsync("simulator/requests");
        await EnsureSuccessAsync(response);
    }

    /// <summary>Requests per operation: accepted, throttled by the usage plan, and failed by an injected fault.</summary>
    public async Task<IReadOnlyDictionary<string, (long Accepted, long Throttled, long Faulted)>> RequestCountsAsync()
    {
        var counters = await simulator.GetFromJsonAsync<JsonElement>("simulator/requests");
        return counters.GetProperty("operations").EnumerateObject().ToDictionary(
            operation => operation.Name,
            operation => (
                operation.Value.GetProperty("accepted").GetInt64(),
                operation.Value.GetProperty("throttled").GetInt64(),
                operation.Value.GetProperty("faulted").GetInt64()));
    }

    /// <summary>
    /// Amazon lists a change only once it is two minutes old (getOrders' <c>LastUpdatedBefore</c> rule); moving the
    /// simulator's clock forward makes fresh changes visible without waiting.
    /// </summary>
    public async Task LetTimePassAsync(TimeSpan duration)
    {
        using var response = await simulator.PostAsJsonAsync("simulator/clock/advance", new { by = duration.ToString("c") });
        await EnsureSuccessAsync(response);
    }

    /// <summary>Requests Amazon accepted and throttled for one operation, as the simulator counted them.</summary>
    public async Task<(long Accepted, long Throttled)> RequestsOfAsync(string operation)
    {
        var counters = await simulator.GetFromJsonAsync<JsonElement>("simulator/requests");
        return counters.GetProperty("operations").TryGetProperty(operation, out var counts)
            ? (counts.GetProperty("accepted").GetInt64(), counts.GetProperty("throttled").GetInt64())
            : (0, 0);
    }

    /// <summary>Waits until OrderImport has polled <paramref name="polls"/> more times (getOrders calls Amazon accepted).</summary>
    public async Task WaitForPollsAsync(int polls)
    {
        var target = (await RequestsOfAsync("getOrders")).Accepted + polls;
        await Eventually.GetAsync(
            async () => (await RequestsOfAsync("getOrders")).Accepted >= target ? "polled" : null,
            TimeSpan.FromSeconds(30), $"{polls} more polls");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The simulator answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
