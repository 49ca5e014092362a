using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Fulfillment.Benchmarks.Measurements;

/// <summary>The broker's management API: scratch virtual hosts and the node's message counters.</summary>
public sealed class RabbitMqManagement(BenchSettings settings) : IDisposable
{
    private readonly HttpClient _http = Create(settings);

    /// <summary>Messages published into the broker since it started (every virtual host).</summary>
    public async Task<long> PublishedSoFarAsync(CancellationToken cancellationToken)
    {
        using var overview = await _http.GetFromJsonAsync<JsonDocument>("api/overview", cancellationToken)
            ?? throw new InvalidOperationException("The management API answered no overview.");
        return overview.RootElement.TryGetProperty("message_stats", out var stats)
            && stats.TryGetProperty("publish", out var published) ? published.GetInt64() : 0;
    }

    /// <summary>Every error queue that holds messages, with how many: what failed for good and waits for an operator.</summary>
    public async Task<IReadOnlyDictionary<string, long>> ErrorQueuesAsync(CancellationToken cancellationToken)
    {
        using var queues = await _http.GetFromJsonAsync<JsonDocument>("api/queues?columns=name,messages", cancellationToken)
            ?? throw new InvalidOperationException("The management API answered no queues.");
        return queues.RootElement.EnumerateArray()
            .Where(queue => queue.GetProperty("name").GetString()!.EndsWith("_error", StringComparison.Ordinal)
                && queue.TryGetProperty("messages", out var count) && count.GetInt64() > 0)
            .ToDictionary(queue => queue.GetProperty("name").GetString()!, queue => queue.GetProperty("messages").GetInt64());
    }

    public async Task CreateVirtualHostAsync(string name, CancellationToken cancellationToken)
    {
        var vhost = Uri.EscapeDataString(name);
        (await _http.PutAsync($"api/vhosts/{vhost}", Json("{}"), cancellationToken)).EnsureSuccessStatusCode();
        (await _http.PutAsync(
            $"api/permissions/{vhost}/{Uri.EscapeDataString(settings.RabbitMqUser)}",
            Json("""{"configure":".*","write":".*","read":".*"}"""),
            cancellationToken)).EnsureSuccessStatusCode();
    }

    public async Task DeleteVirtualHostAsync(string name, CancellationToken cancellationToken) =>
        await _http.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}", cancellationToken);

    public void Dispose() => _http.Dispose();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static HttpClient Create(BenchSettings settings)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://{settings.RabbitMqHost}:{settings.RabbitMqManagementPort}/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.RabbitMqUser}:{settings.RabbitMqPassword}")));
        return http;
    }
}
