using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.OperatorsPage;

/// <summary>
/// The operators' page to someone not signed in (X2), over HTTP against OrderImport running alone: a page is refused
/// by sending them to sign in, an API call gets the 401 ProblemDetails, and every answer carries the content security
/// policy. OrderImport's provider here is one that cannot be reached, which the sign-in page says plainly.
/// </summary>
[NonParallelizable]
public sealed class AnonymousPageTests
{
    private FulfillmentSystem _system = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _system = await FulfillmentSystem.StartAsync(
            new Dictionary<string, string>
            {
                ["Authentication__Authority"] = "http://127.0.0.1:9/unreachable-provider",
                ["Authentication__RequireHttpsMetadata"] = "false",
            },
            FulfillmentService.OrderImport);
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = _system[FulfillmentService.OrderImport].BaseAddress,
        };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _http?.Dispose();
        await _system.DisposeAsync();
    }

    [Test]
    public async Task Given_no_session_When_a_page_is_opened_Then_it_is_sent_to_sign_in_and_comes_back_to_the_same_page()
    {
        using var response = await _http.GetAsync("/errors?x=1");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.OriginalString, Does.EndWith("/sign-in?returnUrl=%2Ferrors%3Fx%3D1"));
        });
    }

    [Test]
    public async Task Given_no_token_When_an_API_is_called_Then_it_answers_401_ProblemDetails_and_not_a_redirect()
    {
        using var response = await _http.GetAsync("/api/orders");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), Is.EqualTo("Sign-in required"));
        });
    }

    [Test]
    public async Task Given_the_provider_cannot_be_reached_When_signing_in_Then_the_page_says_so_with_503()
    {
        using var response = await _http.GetAsync("/sign-in");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("sign-in service cannot be reached"));
        });
    }

    [TestCase("/sign-in?handler=SignedOut")]
    [TestCase("/operators-page/operators-page.js")]
    [TestCase("/api/orders")]
    public async Task Given_any_answer_Then_it_carries_the_content_security_policy_and_nosniff(string path)
    {
        using var response = await _http.GetAsync(path);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Multiple(() =>
        {
            Assert.That(policy, Does.Contain("default-src 'self'"));
            Assert.That(policy, Does.Contain("script-src 'self';"));
            Assert.That(policy, Does.Not.Contain("unsafe-inline"));
            Assert.That(policy, Does.Contain("frame-ancestors 'none'"));
            Assert.That(policy, Does.Contain("form-action 'self' http://127.0.0.1:9"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        });
    }

    [Test]
    public async Task Given_many_sign_in_attempts_from_one_address_When_over_the_limit_Then_they_get_a_429_page()
    {
        // The address as a proxy on the loopback interface (trusted) forwards it: the limit is per client address,
        // and the other tests' address keeps its own allowance.
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 40; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/sign-in?handler=SignedOut");
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
            using var response = await _http.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Too many sign-in attempts"));
                break;
            }
        }

        Assert.That(statuses, Does.Contain(HttpStatusCode.TooManyRequests), "30 attempts a minute are allowed by default");
        Assert.That(statuses.Count(status => status == HttpStatusCode.OK), Is.EqualTo(30));
        using var fromElsewhere = await _http.GetAsync("/sign-in?handler=SignedOut");
        Assert.That(fromElsewhere.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
