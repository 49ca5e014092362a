using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>Where a signed-in person without the permission to read orders is sent (403).</summary>
[AllowAnonymous]
public sealed class NotAllowedModel : PageModel
{
    public const string Path = "/not-allowed";

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
