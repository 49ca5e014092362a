using System.Net;
using System.Net.Http.Headers;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Infrastructure.Identity;
using Fulfillment.SystemTests.OperatorsPage;
using Fulfillment.SystemTests.Polling;
using Fulfillment.SystemTests.Workflow;
using Npgsql;

namespace Fulfillment.SystemTests.Security;

/// <summary>
/// D5: after the whole workflow, an operator signed in to the page in a browser, a machine calling, refused calls with
/// forged tokens and a wrong password,
/// nothing a service kept or said holds an access token, a refresh token, a client secret, a password or a key: not
/// its log, not the trace dashboard, not an event or document of its database, not a message in any queue.
/// </summary>
/// <remarks>
/// The simulator plays Amazon and keeps the tokens it issued, as Amazon does; the OpenID provider keeps its clients'
/// hashed secrets and its keys in its own database. Those two stores are theirs and are not scanned; their logs are.
/// </remarks>
[NonParallelizable]
public sealed class SecretsScanTests
{
    private TraceDashboard _dashboard = null!;
    private PollingFixture _fixture = null!;
    private TestIdentityProvider _provider = null!;

    private static readonly FulfillmentService[] Ours =
    [
        FulfillmentService.OrderImport, FulfillmentService.CustomerProvisioning, FulfillmentService.CommerceOrder,
        FulfillmentService.TrackingSync,
    ];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _provider = await TestIdentityProvider.SharedAsync();
        _dashboard = await TraceDashboard.StartAsync();
        _fixture = await PollingFixture.StartAsync(
            _dashboard.ServiceSettings,
            FulfillmentService.CommerceOrder, FulfillmentService.CustomerProvisioning, FulfillmentService.TrackingSync);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _fixture.DisposeAsync();
        await _dashboard.DisposeAsync();
    }

    [Test]
    public async Task Given_the_whole_workflow_and_refused_calls_When_logs_telemetry_databases_and_queues_are_scanned_Then_no_credential_is_found()
    {
        await WholeWorkflow.ShipOneOrderAsync(_fixture);
        var sessionCookies = await SignInToTheOperatorsPageAsync();
        await CallAsAMachineAndWithForgedTokensAsync();
        using (var wrongPassword = new CodeFlowSignIn(_provider.Authority))
        {
            var refused = await wrongPassword.SignInAsync(TestPeople.Operator, "not-the-password-" + Guid.NewGuid());
            Assert.That(refused.Tokens, Is.Null, "a wrong password is refused");
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // the last telemetry batches leave every 500 ms

        var places = new Dictionary<string, string>();
        foreach (var service in Ours.Append(FulfillmentService.SpApiSimulator))
        {
            places[$"{service} log"] = _fixture.System[service].WholeOutput;
        }

        places["identity provider log"] = _provider.Process.WholeOutput;
        places["trace dashboard"] = string.Join('\n', await _dashboard.AllTextAsync());
        foreach (var service in Ours)
        {
            foreach (var (table, text) in await StoredText.DatabaseAsync(_fixture.System.DatabaseOf(service)))
            {
                places[table] = text;
            }
        }

        foreach (var (queue, text) in await StoredText.QueuesAsync(_fixture.System.VirtualHost.Name))
        {
            places[queue] = text;
        }

        var secrets = KnownSecrets().Concat(sessionCookies).ToList();
        var found = places.SelectMany(place => SecretPatterns.Find(place.Value, secrets).Select(match => $"{place.Key}: {match}")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(places.Count(place => place.Key.Contains("mt_events")), Is.EqualTo(Ours.Length), "every service's events were read");
            Assert.That(places.Count(place => place.Key.StartsWith("queue ")), Is.GreaterThan(10), "every queue was read");
            Assert.That(places["OrderImport log"], Does.Contain("Polled store"), "the logs were read");
            Assert.That(found, Is.Empty);
        });
    }

    /// <summary>An operator signs in to the page in a browser and opens the grid; the values of the cookies it got.</summary>
    private async Task<IReadOnlyList<string>> SignInToTheOperatorsPageAsync()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.SignedInPageAsync(_fixture.OrderImport.BaseAddress, TestPeople.Operator);
        var cookies = await page.Context.CookiesAsync();
        Assert.That(cookies.Select(cookie => cookie.Name), Does.Contain(PageSessionCookie), "the page's session cookie");
        return [.. cookies.Select(cookie => cookie.Value)];
    }

    private const string PageSessionCookie = "fulfillment-page";

    private async Task CallAsAMachineAndWithForgedTokensAsync()
    {
        var erp = await _provider.Tokens.MachineAsync(TestClients.Erp);
        var forged = new[]
        {
            _provider.Tokens.Forged.ExpiredPerson(TestPeople.Admin),
            await _provider.Tokens.Forged.AlteredSignaturePersonAsync(TestPeople.Admin),
            _provider.Tokens.Forged.SignedByAnotherKeyPerson(TestPeople.Admin),
            _provider.Tokens.Forged.WrongAudiencePerson(TestPeople.Admin),
        };
        using var bare = new HttpClient();
        foreach (var (token, expected) in forged.Select(token => (token, HttpStatusCode.Unauthorized)).Append((erp, HttpStatusCode.OK)))
        {
            foreach (var service in Ours)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_fixture.System[service].BaseAddress, "admin/errors"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await bare.SendAsync(request);
                Assert.That(response.StatusCode, Is.EqualTo(expected), $"{service} with a {(token == erp ? "machine's" : "forged")} token");
            }
        }
    }

    /// <summary>Every credential the test knows, beyond what <see cref="SecretPatterns"/> recognises by its shape.</summary>
    private IEnumerable<string> KnownSecrets()
    {
        foreach (var password in _provider.Passwords.Values.Concat(_provider.ClientSecrets.Values))
        {
            yield return password;
        }

        yield return _fixture.System.Seller.ClientSecret;
        yield return _fixture.System.Seller.RefreshToken;
        yield return TestInfrastructure.RabbitMqPassword;
        if (new NpgsqlConnectionStringBuilder(TestInfrastructure.PostgresServer).Password is { Length: > 0 } databasePassword)
        {
            yield return databasePassword;
        }

        // The body of the provider's private key, line by line (any line of it would be a leak).
        foreach (var line in (_provider.SigningKeyPem ?? "").Split('\n').Where(line => line.Length >= 40 && !line.StartsWith("-----")))
        {
            yield return line.Trim();
        }
    }
}
