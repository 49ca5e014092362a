using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>Login With Amazon: a refresh token becomes an hour-long access token; wrong credentials get LWA's errors.</summary>
public sealed class LoginWithAmazonTests
{
    private RunningSimulator _simulator = null!;

    [OneTimeSetUp]
    public async Task Start() => _simulator = await RunningSimulator.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [Test]
    public async Task Given_the_configured_client_and_a_seller_refresh_token_When_refreshing_with_a_form_Then_a_bearer_token_for_an_hour()
    {
        using var response = await _simulator.RefreshAsync(Form(refreshToken: _simulator.Seller.RefreshToken));

        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(token.GetProperty("access_token").GetString(), Does.StartWith("Atza|"));
            Assert.That(token.GetProperty("token_type").GetString(), Is.EqualTo("bearer"));
            Assert.That(token.GetProperty("expires_in").GetInt32(), Is.EqualTo(3600));
            Assert.That(token.GetProperty("refresh_token").GetString(), Is.EqualTo(_simulator.Seller.RefreshToken));
        });
    }

    [Test]
    public async Task Given_a_JSON_body_When_refreshing_Then_the_token_works_for_the_Orders_API()
    {
        using var response = await _simulator.Http.PostAsJsonAsync("auth/o2/token", new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = _simulator.Seller.RefreshToken,
            ["client_id"] = _simulator.ClientId,
            ["client_secret"] = _simulator.ClientSecret,
        });
        var accessToken = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();

        using var orders = await _simulator.GetAsync("orders/v0/orders/111-0000000-0000000", accessToken);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(orders.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Given_a_wrong_client_secret_When_refreshing_Then_401_invalid_client()
    {
        using var response = await _simulator.RefreshAsync(Form(_simulator.Seller.RefreshToken, clientSecret: "not-the-secret"));

        await AssertLwaErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Test]
    public async Task Given_an_unknown_client_id_When_refreshing_Then_401_invalid_client()
    {
        using var response = await _simulator.RefreshAsync(Form(_simulator.Seller.RefreshToken, clientId: "amzn1.application-oa2-client.other"));

        await AssertLwaErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Test]
    public async Task Given_a_refresh_token_no_seller_gave_When_refreshing_Then_400_invalid_grant()
    {
        using var response = await _simulator.RefreshAsync(Form(refreshToken: "Atzr|revoked"));

        await AssertLwaErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Test]
    public async Task Given_another_grant_type_When_refreshing_Then_400_unsupported_grant_type()
    {
        var form = Form(_simulator.Seller.RefreshToken);
        form["grant_type"] = "client_credentials";

        using var response = await _simulator.RefreshAsync(form);

        await AssertLwaErrorAsync(response, HttpStatusCode.BadRequest, "unsupported_grant_type");
    }

    [Test]
    public async Task Given_refreshes_When_counted_Then_issued_and_refused_tokens_show_under_lwaToken()
    {
        var before = await _simulator.CountsAsync("lwaToken");

        (await _simulator.RefreshAsync(Form(_simulator.Seller.RefreshToken))).Dispose();
        (await _simulator.RefreshAsync(Form(_simulator.Seller.RefreshToken, clientSecret: "wrong"))).Dispose();

        var after = await _simulator.CountsAsync("lwaToken");
        Assert.Multiple(() =>
        {
            Assert.That(after.GetProperty("accepted").GetInt64() - before.GetProperty("accepted").GetInt64(), Is.EqualTo(1));
            Assert.That(after.GetProperty("unauthorized").GetInt64() - before.GetProperty("unauthorized").GetInt64(), Is.EqualTo(1));
        });
    }

    private Dictionary<string, string> Form(string refreshToken, string? clientId = null, string? clientSecret = null) => new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = refreshToken,
        ["client_id"] = clientId ?? _simulator.ClientId,
        ["client_secret"] = clientSecret ?? _simulator.ClientSecret,
    };

    private static async Task AssertLwaErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(body.GetProperty("error").GetString(), Is.EqualTo(error));
            Assert.That(body.GetProperty("error_description").GetString(), Is.Not.Empty);
            Assert.That(body.TryGetProperty("access_token", out _), Is.False);
        });
    }
}
