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
public sealed class SignInModel(ILogger<SignInModel> logger) : PageModel
{
    public const string SignedOutPath = "/sign-in?handler=SignedOut";
    public const string FailedPath = "/sign-in?handler=Failed";

    /// <summary>What the page says when it does not send the person on: signed out, or a failed sign-in.</summary>
    public string? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] string? returnUrl)
    {
        try
        {
            await HttpContext.ChallengeAsync(
                PageAuthentication.ProviderScheme,
                new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(returnUrl) ? returnUrl : "/" });
            return new EmptyResult();
        }
        catch (InvalidOperationException exception) when (exception.InnerException is not null || exception.Message.StartsWith("IDX", StringComparison.Ordinal))
        {
            // The provider's discovery document could not be read: say so instead of failing with a bare 500.
            logger.LogWarning("The OpenID provider could not be reached for a sign-in: {Reason}", exception.Message);
            Outcome = "The organisation's sign-in service cannot be reached at the moment. Try again shortly.";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }

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

    // The provider's sign-out first: it reads the session's id token (the hint the provider asks for) before the
    // session is deleted.
    public IActionResult OnPostSignOut() => SignOut(
        new AuthenticationProperties { RedirectUri = SignedOutPath },
        PageAuthentication.ProviderScheme, PageAuthentication.SessionScheme);
}
