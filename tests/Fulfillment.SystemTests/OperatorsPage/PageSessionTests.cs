using System.Net;
using System.Text.RegularExpressions;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Infrastructure.Identity;
using Fulfillment.SystemTests.Polling;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fulfillment.SystemTests.OperatorsPage;

/// <summary>
/// The operators' page's server-side session (X2), in a real browser signed in through the run's OpenID provider
/// against OrderImport polling the simulator: the cookie holds no token, the session and its anti-forgery tokens
/// survive a restart of OrderImport (keys and tickets in PostgreSQL), signing out ends it, a person without any
/// role is refused, and behind a TLS-terminating proxy the sign-in is https.
/// </summary>
[NonParallelizable]
public sealed partial class PageSessionTests
{
    private PollingFixture _fixture = null!;
    private Browser _browser = null!;

    private ServiceProcess OrderImport => _fixture.OrderImport;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _fixture = await PollingFixture.StartAsync();
        _browser = await Browser.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await _fixture.DisposeAsync();
    }

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_fixture.System.RecentOutput);
        }
    }

    [Test]
    public async Task Given_a_signed_in_operator_Then_no_cookie_holds_a_token_and_the_stored_session_holds_none_in_clear()
    {
        var page = await _browser.SignedInPageAsync(OrderImport.BaseAddress, TestPeople.Operator);

        var cookies = await page.Context.CookiesAsync();
        var session = cookies.Single(cookie => cookie.Name == "fulfillment-page");
        var storedSessions = await _fixture.System.DatabaseOf(FulfillmentService.OrderImport)
            .ScalarAsync<string>("select coalesce(string_agg(data::text, ' '), '') from order_import.mt_doc_pagesession");
        Assert.Multiple(() =>
        {
            Assert.That(session.HttpOnly, Is.True);
            Assert.That(session.SameSite, Is.EqualTo(SameSiteAttribute.Lax));
            Assert.That(session.Value.Length, Is.LessThan(1000), "the cookie carries the session's id, not the ticket");
            Assert.That(cookies.Where(cookie => Jwt().IsMatch(cookie.Value)).Select(cookie => cookie.Name), Is.Empty,
                "no cookie, the page's or the provider's, holds a token");
            Assert.That(storedSessions, Is.Not.Empty);
            Assert.That(Jwt().IsMatch(storedSessions), Is.False, "the stored ticket is encrypted");
        });
    }

    [Test]
    public async Task Given_a_signed_in_operator_When_OrderImport_restarts_Then_the_session_and_the_forms_rendered_before_still_work()
    {
        var page = await _browser.SignedInPageAsync(OrderImport.BaseAddress, TestPeople.Operator, "/stores");
        var store = page.Locator($"[data-store='{PollingFixture.StoreId}']");
        await Expect(store).ToBeVisibleAsync();

        await OrderImport.StopAsync();
        await OrderImport.StartAsync();

        // The form's anti-forgery token was issued before the restart.
        await store.Locator("input[name=customProcessingStatus]").FillAsync(new string('x', 40));
        await store.Locator("button:text-is('Save settings')").ClickAsync();
        await Expect(page.Locator("#action-answer .answer.refused")).ToContainTextAsync("CustomProcessingStatus: The length");
        await page.GotoAsync("/");
        await Expect(page.Locator("#signed-in-as")).ToContainTextAsync(TestPeople.Operator);
        await Expect(page.Locator("h1")).ToContainTextAsync("Amazon orders");
        // The key ring every replica reads is OrderImport's database, not the machine's file system.
        var keys = await _fixture.System.DatabaseOf(FulfillmentService.OrderImport)
            .ScalarAsync<long>("select count(*) from data_protection.keys");
        Assert.That(keys, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task Given_a_signed_in_viewer_When_signing_out_Then_the_provider_is_left_and_the_old_cookie_opens_nothing()
    {
        var page = await _browser.SignedInPageAsync(OrderImport.BaseAddress, TestPeople.Viewer);
        var session = (await page.Context.CookiesAsync()).Single(cookie => cookie.Name == "fulfillment-page");

        await page.ClickAsync("header button:text-is('Sign out')");

        await Expect(page.Locator("#sign-in")).ToContainTextAsync("You are signed out.");
        using var replay = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = OrderImport.BaseAddress,
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"{session.Name}={session.Value}");
        using var response = await replay.SendAsync(request);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.OriginalString, Does.Contain("/sign-in"));
        });
    }

    [Test]
    public async Task Given_a_person_without_any_role_When_signed_in_Then_the_page_refuses_with_403()
    {
        var page = await _browser.NewPageAsync(OrderImport.BaseAddress);
        await page.GotoAsync("/");
        var refused = page.WaitForResponseAsync(response => response.Url.Contains("/not-allowed"));

        await PageSignIn.SignInAtProviderAsync(page, TestPeople.Nobody);

        Assert.That((await refused).Status, Is.EqualTo(403));
        await Expect(page.Locator("#forbidden")).ToContainTextAsync("Not allowed");
        await Expect(page.Locator("#signed-in-as")).ToContainTextAsync(TestPeople.Nobody);
    }

    [Test]
    public async Task Given_a_TLS_terminating_proxy_on_loopback_When_signing_in_over_https_Then_the_return_address_is_https_and_the_cookies_are_Secure()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = OrderImport.BaseAddress,
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        var setCookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Uri.UnescapeDataString(response.Headers.Location!.Query), Does.Contain($"redirect_uri=https://{OrderImport.BaseAddress.Authority}/signin-oidc"));
            Assert.That(setCookies, Is.Not.Empty);
            Assert.That(setCookies, Has.All.Contain("secure").IgnoreCase);
            Assert.That(setCookies, Has.All.Contain("samesite=lax").IgnoreCase);
            Assert.That(setCookies, Has.All.Contain("httponly").IgnoreCase);
        });
    }

    [Test]
    public async Task Given_a_signed_in_operator_When_every_page_is_opened_Then_the_content_security_policy_refuses_nothing_of_the_pages_own()
    {
        var page = await _browser.SignedInPageAsync(OrderImport.BaseAddress, TestPeople.Operator);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };

        foreach (var path in new[] { "/", "/stores", "/errors" })
        {
            var response = await page.GotoAsync(path);
            Assert.That(response!.Headers["content-security-policy"], Does.Contain("script-src 'self'"));
        }

        // The grid's live refresh is the page's own script, allowed by the policy.
        await page.GotoAsync("/");
        await Expect(page.Locator("#refreshed")).ToContainTextAsync("Refreshed");
        Assert.That(violations, Is.Empty);
    }

    [GeneratedRegex(@"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+")]
    private static partial Regex Jwt();
}
