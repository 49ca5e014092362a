using System.Security.Cryptography;
using System.Text;
using Fulfillment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>
/// Keeps the operator's key in the cookie every service's key handler reads (HttpOnly, SameSite=Strict), so the
/// browser never exposes it to scripts and never sends it from another site. The key is checked here only to say
/// "wrong key" at once; each page checks it again.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(IOptionsMonitor<OperatorKeyOptions> keys) : PageModel
{
    public bool Refused { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost([FromForm] string? key)
    {
        if (string.IsNullOrEmpty(key) || !(Matches(key, keys.CurrentValue.OperatorKey) || Matches(key, keys.CurrentValue.ViewerKey)))
        {
            Refused = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        Response.Cookies.Append(OperatorRoles.KeyCookie, key, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = Request.IsHttps,
            Path = "/",
        });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && !ReturnUrl.StartsWith("/sign-in", StringComparison.Ordinal) ? ReturnUrl : "/");
    }

    public IActionResult OnPostSignOut()
    {
        Response.Cookies.Delete(OperatorRoles.KeyCookie, new CookieOptions { Path = "/" });
        return LocalRedirect("/sign-in");
    }

    private static bool Matches(string presented, string? configured) =>
        !string.IsNullOrEmpty(configured)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(configured));
}
