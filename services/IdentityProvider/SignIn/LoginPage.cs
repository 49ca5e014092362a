using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Fulfillment.IdentityProvider.SignIn;

/// <summary>The sign-in form, as plain HTML with no script, style or asset from anywhere.</summary>
public static class LoginPage
{
    /// <summary>The one message for a wrong name or a wrong password: it never says which.</summary>
    public const string RefusedMessage = "The name or password is not right.";

    public const string ThrottledMessage = "Too many failed sign-ins. Wait a minute and try again.";

    public static IResult Render(HttpContext context, IAntiforgery antiforgery, string returnUrl, string userName, string? message, int statusCode = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var messageHtml = message is null ? "" : $"<p role=\"alert\">{html.Encode(message)}</p>";
        var page = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Sign in to Fulfillment</title></head>
            <body>
            <h1>Sign in to Fulfillment</h1>
            {messageHtml}
            <form method="post" action="/account/login">
            <input type="hidden" name="{html.Encode(tokens.FormFieldName)}" value="{html.Encode(tokens.RequestToken ?? "")}">
            <input type="hidden" name="returnUrl" value="{html.Encode(returnUrl)}">
            <p><label>Name <input name="userName" autocomplete="username" required value="{html.Encode(userName)}"></label></p>
            <p><label>Password <input name="password" type="password" autocomplete="current-password" required></label></p>
            <p><button type="submit">Sign in</button></p>
            </form>
            </body>
            </html>
            """;
        SecurityHeaders.Apply(context.Response);
        return Results.Content(page, "text/html; charset=utf-8", statusCode: statusCode);
    }

    /// <summary>
    /// Only the provider's own authorization endpoint may be returned to, so the form cannot be used to send a
    /// person to another site.
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null
        && (returnUrl == "/connect/authorize" || returnUrl.StartsWith("/connect/authorize?", StringComparison.Ordinal))
            ? returnUrl
            : "/connect/authorize";
}
