using System.Collections.Concurrent;
using System.Net.Http.Json;

namespace Fulfillment.SystemTests.Infrastructure.Identity;

/// <summary>
/// Access tokens from a <see cref="TestIdentityProvider"/>, got the way real callers get them and cached for the
/// run: a person's through the authorization code flow with PKCE, a machine's by client credentials.
/// </summary>
public sealed class TestTokens(TestIdentityProvider provider)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _cache = new();

    /// <summary>A <see cref="TestPeople"/> person's access token, signed in through the sign-in page.</summary>
    public Task<string> PersonAsync(string userName) =>
        Cached($"person:{userName}", async () =>
        {
            using var signIn = new CodeFlowSignIn(provider.Authority);
            var outcome = await signIn.SignInAsync(userName, provider.Passwords[userName]);
            return outcome.Tokens?.AccessToken
                ?? throw new InvalidOperationException($"{userName} could not sign in: {outcome.LoginStatus}");
        });

    /// <summary>A <see cref="TestClients"/> machine's access token for the scopes asked for (all it was granted when none).</summary>
    public Task<string> MachineAsync(string clientId, params string[] scopes)
    {
        var asked = scopes.Length > 0 ? scopes : TestClients.MachineScopes[clientId];
        return Cached($"machine:{clientId}:{string.Join(' ', asked.Order())}", async () =>
        {
            using var response = await RequestClientCredentialsAsync(clientId, provider.ClientSecrets[clientId], asked);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException(
                    $"{clientId} got no token for {string.Join(' ', asked)} ({response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
            }

            return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        });
    }

    /// <summary>The raw client credentials exchange, uncached, for tests of what the provider refuses.</summary>
    public async Task<HttpResponseMessage> RequestClientCredentialsAsync(string clientId, string? clientSecret, params string[] scopes)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["scope"] = string.Join(' ', scopes),
        };
        if (clientSecret is not null)
        {
            form["client_secret"] = clientSecret;
        }

        return await provider.Process.Http.PostAsync("connect/token", new FormUrlEncodedContent(form));
    }

    /// <summary>Tokens the provider would refuse to issue, for the security suite (<see cref="ForgedTokens"/>).</summary>
    public ForgedTokens Forged => new(provider);

    private Task<string> Cached(string key, Func<Task<string>> get) =>
        _cache.GetOrAdd(key, _ => new Lazy<Task<string>>(get, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}

/// <summary>An <c>Authorization: Bearer</c> header for a token.</summary>
public static class BearerHeader
{
    public static void Authorize(this HttpRequestMessage request, string accessToken) =>
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
}
