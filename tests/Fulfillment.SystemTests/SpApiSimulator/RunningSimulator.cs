using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Infrastructure.Identity;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>A selling partner configured in the simulator, with the refresh token it gave the application.</summary>
public sealed record SimulatedSeller(string SellerId, string RefreshToken);

/// <summary>
/// The SP-API simulator as its own process, configured only through environment variables (fresh random
/// credentials per fixture, as an operator would provide them), and the calls the tests make to it over HTTP.
/// </summary>
public sealed class RunningSimulator : IAsyncDisposable
{
    public const string UsMarketplace = "ATVPDKIKX0DER";

    private readonly ServiceProcess _process;
    private readonly TestDatabase? _database;

    private RunningSimulator(
        ServiceProcess process, TestDatabase? database, string clientId, string clientSecret, IReadOnlyList<SimulatedSeller> sellers)
    {
        _process = process;
        _database = database;
        ClientId = clientId;
        ClientSecret = clientSecret;
        Sellers = sellers;
    }

    public string ClientId { get; }
    public string ClientSecret { get; }
    public IReadOnlyList<SimulatedSeller> Sellers { get; }
    public SimulatedSeller Seller => Sellers[0];
    public HttpClient Http => _process.Http;
    public string RecentOutput => _process.RecentOutput;

    /// <param name="settings">More configuration, keys as environment variables (e.g. <c>SpApiSimulator__RateLimits__Multiplier</c>).</param>
    /// <param name="withDatabase">A database of its own, where it keeps Amazon's side across restarts; without, in memory.</param>
    public static async Task<RunningSimulator> StartAsync(IReadOnlyDictionary<string, string>? settings = null, bool withDatabase = false)
    {
        var clientId = $"amzn1.application-oa2-client.{Guid.NewGuid():N}";
        var clientSecret = $"amzn1.oa2-cs.v1.{Guid.NewGuid():N}";
        SimulatedSeller[] sellers =
        [
            new($"A{Guid.NewGuid():N}"[..14].ToUpperInvariant(), $"Atzr|{Guid.NewGuid():N}"),
            new($"A{Guid.NewGuid():N}"[..14].ToUpperInvariant(), $"Atzr|{Guid.NewGuid():N}"),
        ];
        var environment = new Dictionary<string, string>
        {
            ["SpApiSimulator__Lwa__ClientId"] = clientId,
            ["SpApiSimulator__Lwa__ClientSecret"] = clientSecret,
        };
        for (var index = 0; index < sellers.Length; index++)
        {
            environment[$"SpApiSimulator__Sellers__{index}__SellerId"] = sellers[index].SellerId;
            environment[$"SpApiSimulator__Sellers__{index}__RefreshToken"] = sellers[index].RefreshToken;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var database = withDatabase
            ? await TestDatabase.CreateAsync($"t{Guid.NewGuid():N}"[..13] + "_" + FulfillmentService.SpApiSimulator.DatabaseSuffix)
            : null;
        if (database is not null)
        {
            environment["ConnectionStrings__Postgres"] = database.ConnectionString;
        }

        // Its console (/simulator) is the admin's; its Amazon APIs check only Amazon's own tokens.
        var identityProvider = await TestIdentityProvider.SharedAsync();
        foreach (var (key, value) in identityProvider.ServiceSettings())
        {
            environment[key] = value;
        }

        var process = new ServiceProcess(FulfillmentService.SpApiSimulator, environment);
        await process.StartAsync();
        process.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", await identityProvider.Tokens.PersonAsync(TestPeople.Admin));
        return new RunningSimulator(process, database, clientId, clientSecret, sellers);
    }

    /// <summary>Rates a thousand times the model's, so that only the tests about rate limits meet them.</summary>
    public static Task<RunningSimulator> StartFastAsync() =>
        StartAsync(new Dictionary<string, string> { ["SpApiSimulator__RateLimits__Multiplier"] = "1000" });

    public Task<HttpResponseMessage> RefreshAsync(IEnumerable<KeyValuePair<string, string>> form) =>
        Http.PostAsync("auth/o2/token", new FormUrlEncodedContent(form));

    public async Task<string> AccessTokenAsync(SimulatedSeller? seller = null)
    {
        using var response = await RefreshAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = (seller ?? Seller).RefreshToken,
            ["client_id"] = ClientId,
            ["client_secret"] = ClientSecret,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>A Restricted Data Token for the given resources, each <c>(method, path, dataElements)</c>.</summary>
    public async Task<string> RestrictedDataTokenAsync(string accessToken, params (string Method, string Path, string[] DataElements)[] resources)
    {
        using var response = await CreateRestrictedDataTokenAsync(accessToken, new
        {
            restrictedResources = resources.Select(resource => new
            {
                method = resource.Method,
                path = resource.Path,
                dataElements = resource.DataElements,
            }),
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("restrictedDataToken").GetString()!;
    }

    public Task<HttpResponseMessage> CreateRestrictedDataTokenAsync(string accessToken, object body) =>
        SendAsync(HttpMethod.Post, "tokens/2021-03-01/restrictedDataToken", accessToken, JsonContent.Create(body));

    public Task<HttpResponseMessage> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = content };
        if (token is not null)
        {
            request.Headers.Add("x-amz-access-token", token);
        }

        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> ConfirmShipmentAsync(string token, string amazonOrderId, object body) =>
        SendAsync(HttpMethod.Post, $"orders/v0/orders/{amazonOrderId}/shipmentConfirmation", token, JsonContent.Create(body));

    /// <returns>Amazon's view of the new order (the admin API's answer).</returns>
    public async Task<JsonElement> PlaceOrderAsync(object order)
    {
        using var response = await Http.PostAsJsonAsync("simulator/orders", order);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> ChangeStatusAsync(string amazonOrderId, string status, DateTimeOffset? at = null)
    {
        using var response = await Http.PostAsJsonAsync($"simulator/orders/{amazonOrderId}/status", new { status, at });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> SimulatedOrderAsync(string amazonOrderId) =>
        await Http.GetFromJsonAsync<JsonElement>($"simulator/orders/{amazonOrderId}");

    /// <returns>The counts of one operation: accepted, throttled, faulted, unauthorized, delayed.</returns>
    public async Task<JsonElement> CountsAsync(string operationId)
    {
        var counters = await Http.GetFromJsonAsync<JsonElement>("simulator/requests");
        return counters.GetProperty("operations").TryGetProperty(operationId, out var counts)
            ? counts
            : JsonDocument.Parse("""{"accepted":0,"throttled":0,"faulted":0,"unauthorized":0,"delayed":0}""").RootElement;
    }

    public async Task ResetAsync() => (await Http.PostAsync("simulator/reset", null)).EnsureSuccessStatusCode();

    /// <summary>Stops the process as `down` does (SIGTERM) and starts it again, on the same port and database.</summary>
    public async Task RestartAsync()
    {
        await _process.StopAsync();
        await _process.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
