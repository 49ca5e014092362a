using Fulfillment.OrderImport.OperatorsPage.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>
/// Signing in and out (X2). Opening the page sends the person to the organisation's OpenID provider, which returns
/// them to where they were going; signing out ends the session here (its ticket is deleted) and at the provider.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel : PageModel
{
    public const string SignedOutPath = "/sign-in?handler=SignedOut";
    public const string FailedPath = "/sign-in?handler=Failed";

    /// <summary>What the page says when it does not send the person on: signed out, or a failed sign-in.</summary>
    public string? Outcome { get; private set; }

    public IActionResult OnGet([FromQuery] string? returnUrl) => Challenge(
        new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(returnUrl) ? returnUrl : "/" },
        PageAuthentication.ProviderScheme);

    public IActionResult OnGetSignedOut()
    {
        Outcome = "You are signed out.";
        return Page();
    }

    public IActionResult OnGetFailed()
    {
        Outcome = "Signing in did not succeed (refused, cancelled or expired). Try again.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    public IActionResult OnPostSignOut() => SignOut(
        new AuthenticationProperties { RedirectUri = SignedOutPath },
        PageAuthentication.SessionScheme, PageAuthentication.ProviderScheme);
}
