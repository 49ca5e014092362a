using System.Text.RegularExpressions;
using Fulfillment.SystemTests.Infrastructure.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fulfillment.SystemTests.OperatorsPage;

/// <summary>A person signing in to the operators' page in the browser, through the run's OpenID provider's own form.</summary>
public static partial class PageSignIn
{
    /// <summary>A fresh browser context that opened <paramref name="path"/>, signed in as <paramref name="person"/> at the provider, and came back.</summary>
    public static async Task<IPage> SignedInPageAsync(this Browser browser, Uri pageAddress, string person, string path = "/")
    {
        var page = await browser.NewPageAsync(pageAddress);
        await page.GotoAsync(path);
        await SignInAtProviderAsync(page, person);
        await Expect(page.Locator("#signed-in-as")).ToContainTextAsync(person);
        return page;
    }

    /// <summary>On the provider's sign-in form (where the page sent the browser): the person's name and password.</summary>
    public static async Task SignInAtProviderAsync(IPage page, string person)
    {
        var provider = await TestIdentityProvider.SharedAsync();
        await Expect(page).ToHaveURLAsync(ProviderSignInForm());
        await page.FillAsync("input[name=userName]", person);
        await page.FillAsync("input[name=password]", provider.Passwords[person]);
        await page.ClickAsync("button[type=submit]");
    }

    [GeneratedRegex("/account/login")]
    public static partial Regex ProviderSignInForm();
}
