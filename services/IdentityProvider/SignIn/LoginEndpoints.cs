using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Fulfillment.IdentityProvider.SignIn;

/// <summary><c>/account/login</c>: shows the form and checks what was typed into it.</summary>
public static class LoginEndpoints
{
    public static void MapLogin(this WebApplication app)
    {
        app.MapGet("/account/login", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            LoginPage.Render(context, antiforgery, LoginPage.SafeReturnUrl(returnUrl), "", null));

        app.MapPost("/account/login", SignInAsync).DisableAntiforgery();
    }

    // Anti-forgery is checked here rather than by the framework so that a bad token is a plain 400 without the form.
    private static async Task<IResult> SignInAsync(
        HttpContext context, IAntiforgery antiforgery, People people, SignInThrottle throttle, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger("Fulfillment.IdentityProvider.SignIn");
        if (!context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync();
        var userName = form["userName"].ToString();
        var password = form["password"].ToString();
        var returnUrl = LoginPage.SafeReturnUrl(form["returnUrl"]);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

        if (throttle.IsThrottled(address, userName))
        {
            logger.LogWarning("Sign-in refused for {UserName} from {ClientAddress}: too many failed attempts", userName, address);
            return LoginPage.Render(context, antiforgery, returnUrl, userName, LoginPage.ThrottledMessage, StatusCodes.Status429TooManyRequests);
        }

        if (people.Verify(userName, password) is not { } person)
        {
            throttle.RecordRefusal(address, userName);
            logger.LogWarning("Sign-in refused for {UserName} from {ClientAddress}: wrong name or password", userName, address);
            return LoginPage.Render(context, antiforgery, returnUrl, userName, LoginPage.RefusedMessage);
        }

        // The cookie names the person only: roles are read again from configuration when a token is issued.
        var identity = new ClaimsIdentity(ProviderCookie.Scheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, person.Name));
        identity.AddClaim(new Claim(Claims.Name, person.Name));
        await context.SignInAsync(ProviderCookie.Scheme, new ClaimsPrincipal(identity));
        logger.LogInformation("{UserName} signed in from {ClientAddress}", person.Name, address);
        return Results.Redirect(returnUrl);
    }
}
