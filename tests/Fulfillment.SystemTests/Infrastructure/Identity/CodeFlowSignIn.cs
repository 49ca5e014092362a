using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace Fulfillment.SystemTests.Infrastructure.Identity;

/// <summary>
/// A person signing in through the real authorization code flow with PKCE, as a browser would, over HTTP with
/// cookies: authorize, the sign-in page, its form (with the anti-forgery token), back to authorize, the code at the
/// client's redirect URI, and the code exchanged for tokens.
/// </summary>
public sealed partial class CodeFlowSignIn : IDisposable
{
    private readonly Uri _authority;
    private readonly HttpClient _browser;
    private readonly string _codeVerifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
    private readonly string _state = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));

    public CodeFlowSignIn(Uri authority)
    {
        _authority = authority;
        _browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = authority,
        };
    }

    /// <summary>Signs in; the outcome says how the sign-in page answered and, when it let the person in, the tokens.</summary>
    public async Task<SignInOutcome> SignInAsync(string userName, string password)
    {
        var loginPage = await OpenLoginPageAsync();
        using var submitted = await _browser.PostAsync("account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [loginPage.AntiforgeryField] = loginPage.AntiforgeryToken,
            ["returnUrl"] = loginPage.ReturnUrl,
            ["userName"] = userName,
            ["password"] = password,
        }));
        var page = await submitted.Content.ReadAsStringAsync();
        if (submitted.StatusCode != HttpStatusCode.Redirect)
        {
            return new SignInOutcome(submitted.StatusCode, page, null, null);
        }

        using var authorized = await _browser.GetAsync(submitted.Headers.Location);
        var callback = authorized.Headers.Location
            ?? throw new InvalidOperationException($"Authorize answered {authorized.StatusCode} without a redirect.");
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        if (query["state"] != _state)
        {
            throw new InvalidOperationException($"The callback {callback} does not carry the request's state.");
        }

        var code = query["code"] ?? throw new InvalidOperationException($"The callback {callback} carries no code.");
        return new SignInOutcome(submitted.StatusCode, page, code, await ExchangeAsync(code));
    }

    /// <summary>GET authorize → the sign-in page it sends to, with the form's hidden fields.</summary>
    public async Task<LoginPageForm> OpenLoginPageAsync()
    {
        var authorize = "connect/authorize" + QueryString(new Dictionary<string, string>
        {
            ["client_id"] = TestClients.SystemTests,
            ["redirect_uri"] = TestClients.SystemTestsRedirectUri.ToString(),
            ["response_type"] = "code",
            ["scope"] = "openid profile roles",
            ["state"] = _state,
            ["code_challenge"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(_codeVerifier))),
            ["code_challenge_method"] = "S256",
        });
        using var toLogin = await _browser.GetAsync(authorize);
        if (toLogin.StatusCode != HttpStatusCode.Redirect || toLogin.Headers.Location is not { } loginUri)
        {
            throw new InvalidOperationException(
                $"Authorize answered {toLogin.StatusCode} instead of sending to the sign-in page: {await toLogin.Content.ReadAsStringAsync()}");
        }

        using var login = await _browser.GetAsync(loginUri);
        var html = await login.Content.ReadAsStringAsync();
        var hidden = HiddenField().Matches(html).ToDictionary(match => WebUtility.HtmlDecode(match.Groups["name"].Value), match => WebUtility.HtmlDecode(match.Groups["value"].Value));
        var antiforgery = hidden.Single(field => field.Key != "returnUrl");
        return new LoginPageForm(login, html, antiforgery.Key, antiforgery.Value, hidden["returnUrl"]);
    }

    public void Dispose() => _browser.Dispose();

    private async Task<TokenResponse> ExchangeAsync(string code)
    {
        using var response = await _browser.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = TestClients.SystemTestsRedirectUri.ToString(),
            ["client_id"] = TestClients.SystemTests,
            ["code_verifier"] = _codeVerifier,
        }));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The code was not exchanged ({response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    private static string QueryString(Dictionary<string, string> parameters) =>
        "?" + string.Join("&", parameters.Select(pair => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(pair.Value)}"));

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenField();
}

/// <summary>The sign-in page as GET answered it, with the hidden fields its form posts back.</summary>
public sealed record LoginPageForm(
    HttpResponseMessage Response, string Html, string AntiforgeryField, string AntiforgeryToken, string ReturnUrl);

/// <param name="LoginStatus">How the sign-in form's POST was answered (302 when it let the person in).</param>
/// <param name="LoginPage">The page it answered with, when it did not let the person in.</param>
public sealed record SignInOutcome(HttpStatusCode LoginStatus, string LoginPage, string? Code, TokenResponse? Tokens);

public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("id_token")] string? IdToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
