using System.Net;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Infrastructure.Identity;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Fulfillment.SystemTests.Identity;

/// <summary>The OpenID provider the launcher and the tests run, over HTTP, on its own PostgreSQL database.</summary>
public sealed class IdentityProviderTests
{
    private const string RefusedMessage = "The name or password is not right.";

    private TestIdentityProvider _provider = null!;

    [OneTimeSetUp]
    public async Task StartProvider() => _provider = await TestIdentityProvider.SharedAsync();

    [Test]
    public async Task Given_a_person_with_two_roles_When_they_sign_in_through_the_code_flow_Then_their_access_token_is_a_signed_JWT_for_fulfillment_carrying_both_roles()
    {
        using var signIn = new CodeFlowSignIn(_provider.Authority);
        var outcome = await signIn.SignInAsync(TestPeople.BuyerViewer, _provider.Passwords[TestPeople.BuyerViewer]);

        Assert.That(outcome.Tokens, Is.Not.Null, outcome.LoginPage);
        var validation = await ProviderDocuments.ValidateAsync(_provider.Process, outcome.Tokens!.AccessToken);
        Assert.That(validation.IsValid, Is.True, validation.Exception?.Message);
        var token = new JsonWebToken(outcome.Tokens.AccessToken);
        var idToken = new JsonWebToken(outcome.Tokens.IdToken);
        Assert.Multiple(() =>
        {
            Assert.That(token.Alg, Is.EqualTo("RS256"));
            Assert.That(token.Audiences, Is.EqualTo(new[] { "fulfillment" }));
            Assert.That(token.Subject, Is.EqualTo(TestPeople.BuyerViewer));
            Assert.That(token.GetClaim("name").Value, Is.EqualTo(TestPeople.BuyerViewer));
            Assert.That(RolesOf(token), Is.EquivalentTo(new[] { "viewer", "buyer-data" }));
            Assert.That(token.GetClaim("client_id").Value, Is.EqualTo(TestClients.SystemTests));
            Assert.That(token.GetClaim("scope").Value.Split(' '), Is.EquivalentTo(new[] { "openid", "profile", "roles" }));
            Assert.That(idToken.GetClaim("name").Value, Is.EqualTo(TestPeople.BuyerViewer));
            Assert.That(RolesOf(idToken), Is.EquivalentTo(new[] { "viewer", "buyer-data" }));
        });
    }

    [Test]
    public async Task Given_a_person_with_no_role_When_they_sign_in_Then_their_token_carries_no_role()
    {
        var token = new JsonWebToken(await _provider.Tokens.PersonAsync(TestPeople.Nobody));

        Assert.Multiple(() =>
        {
            Assert.That(token.Subject, Is.EqualTo(TestPeople.Nobody));
            Assert.That(RolesOf(token), Is.Empty);
        });
    }

    [Test]
    public async Task Given_a_wrong_password_or_an_unknown_name_When_signing_in_Then_the_same_message_says_neither_and_no_code_is_issued()
    {
        using var wrongPassword = new CodeFlowSignIn(_provider.Authority);
        using var unknownName = new CodeFlowSignIn(_provider.Authority);

        var refusedPassword = await wrongPassword.SignInAsync(TestPeople.Operator, "not-the-password");
        var refusedName = await unknownName.SignInAsync($"unknown-{Guid.NewGuid():N}", "not-the-password");

        Assert.Multiple(() =>
        {
            Assert.That(refusedPassword.LoginStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refusedPassword.Code, Is.Null);
            Assert.That(refusedPassword.LoginPage, Does.Contain(RefusedMessage));
            Assert.That(refusedName.Code, Is.Null);
            Assert.That(refusedName.LoginPage, Does.Contain(RefusedMessage));
            Assert.That(refusedPassword.LoginPage, Does.Not.Contain("not-the-password"));
        });
    }

    [Test]
    public async Task Given_five_refused_sign_ins_for_one_name_within_a_minute_When_a_sixth_is_tried_Then_it_is_answered_429()
    {
        var userName = $"guess-{Guid.NewGuid():N}";
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var signIn = new CodeFlowSignIn(_provider.Authority);
            statuses.Add((await signIn.SignInAsync(userName, $"guess-{attempt}")).LoginStatus);
        }

        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.OK, 5).Append(HttpStatusCode.TooManyRequests)));
    }

    [Test]
    public async Task Given_the_sign_in_page_Then_it_forbids_framing_and_loads_nothing_from_elsewhere()
    {
        using var signIn = new CodeFlowSignIn(_provider.Authority);
        var page = await signIn.OpenLoginPageAsync();

        var policy = string.Join(";", page.Response.Headers.GetValues("Content-Security-Policy"));
        Assert.Multiple(() =>
        {
            Assert.That(policy, Does.Contain("frame-ancestors 'none'"));
            Assert.That(policy, Does.Contain("default-src 'none'"));
            Assert.That(page.AntiforgeryToken, Is.Not.Empty);
        });
    }

    [Test]
    public async Task Given_a_machine_When_it_asks_for_scopes_it_was_granted_Then_its_token_carries_exactly_those_for_fulfillment()
    {
        var token = new JsonWebToken(await _provider.Tokens.MachineAsync(TestClients.Erp, "orders.read", "commerce.ship"));

        Assert.Multiple(() =>
        {
            Assert.That(token.GetClaim("scope").Value.Split(' '), Is.EquivalentTo(new[] { "orders.read", "commerce.ship" }));
            Assert.That(token.Audiences, Is.EqualTo(new[] { "fulfillment" }));
            Assert.That(token.GetClaim("client_id").Value, Is.EqualTo(TestClients.Erp));
            Assert.That(token.Subject, Is.EqualTo(TestClients.Erp));
            Assert.That(RolesOf(token), Is.Empty);
        });
    }

    [Test]
    public async Task Given_a_machine_When_it_asks_for_a_scope_it_was_not_granted_Then_it_is_refused_with_invalid_scope()
    {
        using var response = await _provider.Tokens.RequestClientCredentialsAsync(
            TestClients.Reader, _provider.ClientSecrets[TestClients.Reader], "orders.read", "orders.act");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body.GetProperty("error").GetString(), Is.EqualTo("invalid_scope"));
            Assert.That(body.TryGetProperty("access_token", out _), Is.False);
        });
    }

    [Test]
    public async Task Given_a_machine_with_a_wrong_secret_When_it_asks_for_a_token_Then_it_is_refused()
    {
        using var response = await _provider.Tokens.RequestClientCredentialsAsync(TestClients.Reader, "wrong-secret", "orders.read");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(response.IsSuccessStatusCode, Is.False);
            Assert.That(body.GetProperty("error").GetString(), Is.EqualTo("invalid_client"));
        });
    }

    [Test]
    public async Task Given_a_public_client_When_it_asks_for_client_credentials_Then_it_gets_no_token()
    {
        using var response = await _provider.Tokens.RequestClientCredentialsAsync(TestClients.SystemTests, null, "orders.read");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body.TryGetProperty("access_token", out _), Is.False);
        });
    }

    [Test]
    public async Task Given_discovery_Then_its_issuer_is_the_authority_and_the_issuer_every_token_carries()
    {
        var discovery = await ProviderDocuments.DiscoveryAsync(_provider.Process);
        var person = new JsonWebToken(await _provider.Tokens.PersonAsync(TestPeople.Viewer));
        var machine = new JsonWebToken(await _provider.Tokens.MachineAsync(TestClients.Reader));

        var issuer = discovery.GetProperty("issuer").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(issuer, Is.EqualTo(_provider.Authority.ToString()));
            Assert.That(person.Issuer, Is.EqualTo(issuer));
            Assert.That(machine.Issuer, Is.EqualTo(issuer));
        });
    }

    [TestCase("/signin-oidc", HttpStatusCode.Redirect)]
    [TestCase("/elsewhere", HttpStatusCode.BadRequest)]
    public async Task Given_the_operators_page_on_a_port_chosen_at_start_When_it_sends_a_person_to_authorize_Then_only_its_registered_path_is_accepted(
        string path, HttpStatusCode expected)
    {
        var redirectUri = $"http://127.0.0.1:{LoopbackPorts.Next()}{path}";
        using var response = await _provider.Process.Http.GetAsync(
            $"connect/authorize?client_id={TestClients.OperatorsPage}&response_type=code&scope=openid%20profile%20roles" +
            $"&redirect_uri={Uri.EscapeDataString(redirectUri)}&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.That(response.Headers.Location!.OriginalString, Does.StartWith("/account/login"));
        }
    }

    [Test]
    public async Task Given_forged_tokens_Then_none_validates_against_the_providers_published_keys()
    {
        var forged = _provider.Tokens.Forged;
        var genuine = await ProviderDocuments.ValidateAsync(_provider.Process, await _provider.Tokens.PersonAsync(TestPeople.Operator));

        var expired = await ProviderDocuments.ValidateAsync(_provider.Process, forged.ExpiredPerson(TestPeople.Operator));
        var wrongAudience = await ProviderDocuments.ValidateAsync(_provider.Process, forged.WrongAudiencePerson(TestPeople.Operator));
        var otherKey = await ProviderDocuments.ValidateAsync(_provider.Process, forged.SignedByAnotherKeyPerson(TestPeople.Operator));
        var altered = await ProviderDocuments.ValidateAsync(_provider.Process, await forged.AlteredSignaturePersonAsync(TestPeople.Operator));
        // The same mint, with nothing wrong: proves the forgeries fail for their one flaw, not for their shape.
        var wellFormed = await ProviderDocuments.ValidateAsync(
            _provider.Process, forged.WrongAudiencePerson(TestPeople.Operator, audience: "fulfillment"));

        Assert.Multiple(() =>
        {
            Assert.That(genuine.IsValid, Is.True, genuine.Exception?.Message);
            Assert.That(wellFormed.IsValid, Is.True, wellFormed.Exception?.Message);
            Assert.That(expired.IsValid, Is.False);
            Assert.That(wrongAudience.IsValid, Is.False);
            Assert.That(otherKey.IsValid, Is.False);
            Assert.That(altered.IsValid, Is.False);
        });
    }

    private static IEnumerable<string> RolesOf(JsonWebToken token) =>
        token.Claims.Where(claim => claim.Type == "role").Select(claim => claim.Value);
}
