using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Fulfillment.Operator.Authentication;

/// <summary>
/// Sends every request that goes to one of <paramref name="audience"/>'s origins with <c>Authorization: Bearer</c> and
/// an access token got by client credentials from the provider's token endpoint (found in its discovery document).
/// The token is kept and renewed a minute before it expires (or at four fifths of a shorter lifetime), by one
/// request at a time; a request to any other host (the SP-API simulator, say) is sent without it.
/// </summary>
public sealed class ClientCredentialsHandler(
    ClientCredentials credentials, IReadOnlyCollection<Uri> audience, TimeProvider clock, HttpMessageHandler inner)
    : DelegatingHandler(inner)
{
    private static readonly TimeSpan RenewAhead = TimeSpan.FromMinutes(1);

    private readonly HttpClient _provider = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private Uri? _tokenEndpoint;
    private string? _token;
    private DateTimeOffset _renewAt;

    public ClientCredentialsHandler(ClientCredentials credentials, IReadOnlyCollection<Uri> audience)
        : this(credentials, audience, TimeProvider.System, new SocketsHttpHandler())
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } target && audience.Any(origin => SameOrigin(origin, target)))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
        }

        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>The kept token, or a new one when it is due for renewal.</summary>
    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } kept && clock.GetUtcNow() < _renewAt)
        {
            return kept;
        }

        await _renewing.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } renewed && clock.GetUtcNow() < _renewAt)
            {
                return renewed;
            }

            var asked = clock.GetUtcNow();
            var answer = await RequestTokenAsync(cancellationToken);
            var lifetime = TimeSpan.FromSeconds(Math.Max(answer.ExpiresIn, 1));
            _renewAt = asked + (lifetime > RenewAhead * 5 ? lifetime - RenewAhead : lifetime * 4 / 5);
            _token = answer.AccessToken;
            return _token;
        }
        finally
        {
            _renewing.Release();
        }
    }

    private async Task<TokenAnswer> RequestTokenAsync(CancellationToken cancellationToken)
    {
        _tokenEndpoint ??= await DiscoverTokenEndpointAsync(cancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = credentials.ClientId,
            ["client_secret"] = credentials.ClientSecret,
            ["scope"] = credentials.Scope,
        });
        using var response = await _provider.PostAsync(_tokenEndpoint, form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The provider's error (e.g. invalid_client, invalid_scope) names the problem; it holds no secret.
            throw new HttpRequestException(
                $"The OpenID provider refused client {credentials.ClientId} a token ({(int)response.StatusCode}): " +
                await response.Content.ReadAsStringAsync(cancellationToken));
        }

        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken);
        return answer is { AccessToken.Length: > 0 }
            ? answer
            : throw new HttpRequestException($"The OpenID provider's token endpoint {_tokenEndpoint} answered without an access token.");
    }

    private async Task<Uri> DiscoverTokenEndpointAsync(CancellationToken cancellationToken)
    {
        var discovery = new Uri($"{credentials.Authority.ToString().TrimEnd('/')}/.well-known/openid-configuration");
        var document = await _provider.GetFromJsonAsync<DiscoveryDocument>(discovery, cancellationToken);
        return document?.TokenEndpoint is { Length: > 0 } endpoint
            ? new Uri(endpoint)
            : throw new HttpRequestException($"The discovery document {discovery} names no token_endpoint.");
    }

    private static bool SameOrigin(Uri origin, Uri target) =>
        Uri.Compare(origin, target, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _provider.Dispose();
            _renewing.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed record DiscoveryDocument([property: JsonPropertyName("token_endpoint")] string? TokenEndpoint);

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
