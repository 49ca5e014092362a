using System.Collections.Concurrent;
using System.Net.Http.Json;
using Fulfillment.SpApiClient.Models;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiClient;

/// <summary>
/// Login With Amazon access tokens per credentials, cached until shortly before they expire (they live an hour),
/// refreshed by one caller at a time.
/// </summary>
public sealed class LwaAccessTokens(IHttpClientFactory httpClients, IOptions<SpApiOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<string, CachedToken> _tokens = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _refreshing = new();

    public async Task<string> GetAsync(string credentialsName, CancellationToken cancellationToken)
    {
        if (Fresh(credentialsName) is { } token)
        {
            return token;
        }

        var gate = _refreshing.GetOrAdd(credentialsName, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return Fresh(credentialsName) ?? await RefreshAsync(credentialsName, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Amazon refused a token we thought valid: forget it so that the next call fetches a new one.</summary>
    public void Forget(string credentialsName) => _tokens.TryRemove(credentialsName, out _);

    private string? Fresh(string credentialsName) =>
        _tokens.TryGetValue(credentialsName, out var cached) && cached.ExpiresAt - RefreshMargin > clock.GetUtcNow()
            ? cached.AccessToken
            : null;

    private async Task<string> RefreshAsync(string credentialsName, CancellationToken cancellationToken)
    {
        if (!options.Value.Credentials.TryGetValue(credentialsName, out var credentials))
        {
            throw new LwaAuthorizationException(credentialsName, "missing_credentials", "not in configuration");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = credentials.RefreshToken,
            ["client_id"] = credentials.ClientId,
            ["client_secret"] = credentials.ClientSecret,
        });
        using var response = await httpClients.CreateClient(SpApiClientRegistration.HttpClientName).PostAsync(options.Value.LwaTokenEndpoint, form, cancellationToken);
        if ((int)response.StatusCode >= 500 || response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
        {
            throw new SpApiUnavailableException("LWA token refresh", 1, $"HTTP {(int)response.StatusCode}");
        }

        var body = await ReadTokenAsync(response, cancellationToken);
        if (!response.IsSuccessStatusCode || body?.AccessToken is not { Length: > 0 } accessToken)
        {
            throw new LwaAuthorizationException(
                credentialsName, body?.Error ?? $"HTTP {(int)response.StatusCode}", body?.ErrorDescription);
        }

        var expiresAt = clock.GetUtcNow().AddSeconds(body.ExpiresIn ?? 3600);
        _tokens[credentialsName] = new CachedToken(accessToken, expiresAt);
        return accessToken;
    }

    private static async Task<LwaTokenResponse?> ReadTokenAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<LwaTokenResponse>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresAt);
}
