using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.Operator;

/// <summary>
/// Calls the /admin endpoints of the services; <paramref name="http"/> signs the calls in (see
/// <see cref="Authentication.ClientCredentialsHandler"/>).
/// </summary>
public sealed class OperationsClient(HttpClient http, ServiceAddresses addresses)
{
    public Task<JsonElement> GetAsync(string service, string path, CancellationToken cancellationToken) =>
        SendAsync(service, HttpMethod.Get, path, null, cancellationToken);

    public Task<JsonElement> PostAsync(string service, string path, object? body, CancellationToken cancellationToken) =>
        SendAsync(service, HttpMethod.Post, path, body, cancellationToken);

    /// <summary>A DELETE whose success has no body (204).</summary>
    public async Task DeleteAsync(string service, string path, CancellationToken cancellationToken) =>
        await SendAsync(service, HttpMethod.Delete, path, null, cancellationToken);

    private async Task<JsonElement> SendAsync(
        string service, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(addresses.AddressOf(service), path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new OperatorCommandException($"{service} answered {(int)response.StatusCode} to {method} {path}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

public sealed class OperatorCommandException(string message) : Exception(message);
