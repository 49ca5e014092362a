using System.Globalization;
using Fulfillment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Fulfillment.OrderImport.OperatorsPage.SignIn;

/// <summary>
/// People sign in to the operators' page through the organisation's OpenID provider (X2): authorization code with
/// PKCE, then a server-side session whose cookie holds only its id. OrderImport's APIs keep accepting access tokens:
/// a request with <c>Authorization: Bearer</c>, or to <c>/api</c> or <c>/admin</c>, is an API call (an
/// unauthenticated one gets the 401 ProblemDetails); any other is a page request (an unauthenticated one is sent to
/// sign in).
/// </summary>
public static class PageAuthentication
{
    public const string PageOrApiScheme = "PageOrApi";
    public const string SessionScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string ProviderScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string SessionCookieName = "fulfillment-page";
    public const string SignInPath = "/sign-in";

    public static IHostApplicationBuilder AddPageAuthentication(this IHostApplicationBuilder builder)
    {
        var page = builder.Configuration.GetSection(OperatorsPageSettings.SectionName).Get<OperatorsPageSettings>()
            ?? new OperatorsPageSettings();
        var provider = builder.Configuration.GetSection(AuthenticationSettings.SectionName).Get<AuthenticationSettings>()
            ?? new AuthenticationSettings();
        builder.Services.AddSingleton(Options.Create(page));
        builder.Services.AddSingleton<PageSessionStore>();
        builder.Services.AddOptions<CookieAuthenticationOptions>(SessionScheme)
            .Configure<PageSessionStore>((options, sessions) => options.SessionStore = sessions);

        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = PageOrApiScheme;
                options.DefaultChallengeScheme = PageOrApiScheme;
                options.DefaultForbidScheme = PageOrApiScheme;
            })
            .AddPolicyScheme(PageOrApiScheme, "Operators' page or API", options =>
                options.ForwardDefaultSelector = context => IsApiCall(context.Request) ? JwtBearerDefaults.AuthenticationScheme : SessionScheme)
            .AddCookie(SessionScheme, options =>
            {
                options.Cookie.Name = SessionCookieName;
                options.Cookie.HttpOnly = true;
                // Lax: the provider's redirect back to the page is a top-level GET from another site.
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = page.SessionLifetime;
                options.SlidingExpiration = false;
                options.LoginPath = SignInPath;
                options.AccessDeniedPath = NotAllowedModel.Path;
                options.ReturnUrlParameter = "returnUrl";
            })
            .AddOpenIdConnect(ProviderScheme, options =>
            {
                options.Authority = provider.Authority ?? "https://authority.not.configured.invalid";
                options.RequireHttpsMetadata = provider.RequireHttpsMetadata;
                options.ClientId = page.ClientId;
                options.ClientSecret = page.ClientSecret;
                options.SignInScheme = SessionScheme;
                options.ResponseType = OpenIdConnectResponseType.Code;
                // The code comes back as a query string: a top-level GET, so the Lax cookies of the flow are sent.
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.UsePkce = true;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "roles" })
                {
                    options.Scope.Add(scope);
                }

                options.SaveTokens = true;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.MapInboundClaims = false;
                options.ClaimActions.MapJsonKey(provider.RoleClaim, provider.RoleClaim);
                options.TokenValidationParameters.NameClaimType = CallerClaims.Name;
                options.TokenValidationParameters.RoleClaimType = provider.RoleClaim;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SignedOutCallbackPath = "/signout-callback-oidc";
                options.SignedOutRedirectUri = SignInModel.SignedOutPath;
                options.Events = new OpenIdConnectEvents
                {
                    OnTicketReceived = context =>
                    {
                        context.Properties!.ExpiresUtc = SessionEnd(context.Properties, page.SessionLifetime, DateTimeOffset.UtcNow);
                        context.Properties.IsPersistent = false;
                        return Task.CompletedTask;
                    },
                    OnRemoteFailure = context =>
                    {
                        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
                            .CreateLogger("Fulfillment.Security.RefusedCalls")
                            .LogWarning("A sign-in to the operators' page failed: {Reason}", context.Failure?.GetType().Name);
                        context.Response.Redirect(SignInModel.FailedPath);
                        context.HandleResponse();
                        return Task.CompletedTask;
                    },
                };
            });
        return builder;
    }

    /// <summary>
    /// A session ends when the person's access token expires (every action is made with it) or after the configured
    /// lifetime, whichever comes first.
    /// </summary>
    public static DateTimeOffset SessionEnd(AuthenticationProperties properties, TimeSpan lifetime, DateTimeOffset now)
    {
        var longest = now + lifetime;
        return DateTimeOffset.TryParse(properties.GetTokenValue("expires_at"), CultureInfo.InvariantCulture,
                DateTimeStyles.RoundtripKind, out var tokenExpires) && tokenExpires < longest
            ? tokenExpires
            : longest;
    }

    public static bool IsApiCall(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/api")
        || request.Path.StartsWithSegments("/admin");
}
