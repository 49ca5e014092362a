using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>Signing in moves to the organisation's OpenID provider; no key is accepted here any more.</summary>
[AllowAnonymous]
public sealed class SignInModel : PageModel
{
    public bool Refused { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        Refused = true;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    public IActionResult OnPostSignOut() => LocalRedirect("/sign-in");
}
