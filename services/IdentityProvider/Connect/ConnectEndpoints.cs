using Fulfillment.IdentityProvider.SignIn;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Fulfillment.IdentityProvider.Connect;

/// <summary>The OpenID Connect endpoints whose answers this provider decides: OpenIddict validates the requests first.</summary>
public static class ConnectEndpoints
{
    private const string OpenIddictScheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static void MapConnect(this WebApplication app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync);
        app.MapPost("/connect/token", (Delegate)ExchangeAsync);
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync);
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoAsync);
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, People people)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The authorization request could not be read.");
        var signedIn = await context.AuthenticateAsync(ProviderCookie.Scheme);
        var person = signedIn.Succeeded ? people.Find(signedIn.Principal.GetClaim(Claims.Subject) ?? "") : null;
        if (person is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "The person is not signed in.");
            }

            // Back here once signed in, with the same request (prompt=login dropped, or it would loop).
            var parameters = request.GetParameters()
                .Where(parameter => parameter.Key != Parameters.Prompt || !request.HasPromptValue(PromptValues.Login))
                .Select(parameter => KeyValuePair.Create(parameter.Key, (string?)parameter.Value.ToString()));
            var returnUrl = "/connect/authorize" + QueryString.Create(parameters);
            if (request.HasPromptValue(PromptValues.Login))
            {
                await context.SignOutAsync(ProviderCookie.Scheme);
            }

            return Results.Redirect("/account/login" + QueryString.Create("returnUrl", returnUrl));
        }

        return Results.SignIn(TokenIdentities.Person(person, request.GetScopes()), authenticationScheme: OpenIddictScheme);
    }

    private static async Task<IResult> ExchangeAsync(HttpContext context, People people)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token request could not be read.");

        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has checked the secret and that each scope asked for was granted to this client.
            return Results.SignIn(TokenIdentities.Machine(request.ClientId!, request.GetScopes()), authenticationScheme: OpenIddictScheme);
        }

        if (request.IsAuthorizationCodeGrantType())
        {
            var code = await context.AuthenticateAsync(OpenIddictScheme);
            // Roles are read again: a person removed or changed in configuration since the code was issued gets
            // what configuration says now.
            var person = people.Find(code.Principal?.GetClaim(Claims.Subject) ?? "");
            if (person is null)
            {
                return Refuse(Errors.InvalidGrant, "The person is no longer allowed to sign in.");
            }

            return Results.SignIn(TokenIdentities.Person(person, code.Principal!.GetScopes()), authenticationScheme: OpenIddictScheme);
        }

        return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(ProviderCookie.Scheme);
        // OpenIddict sends the person back to the post-logout redirect URI it validated, or to "/" without one.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictScheme]);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var token = await context.AuthenticateAsync(OpenIddictScheme);
        if (token.Principal is not { } principal)
        {
            return Results.Challenge(authenticationSchemes: [OpenIddictScheme]);
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Claims.Subject] = principal.GetClaim(Claims.Subject)!,
        };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = principal.GetClaim(Claims.Name)!;
        }

        if (principal.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = principal.GetClaims(Claims.Role);
        }

        return Results.Ok(claims);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictScheme]);
}
