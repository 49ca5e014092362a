using System.Net;
using System.Threading.RateLimiting;
using Fulfillment.ServiceDefaults.Security;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Fulfillment.OrderImport.OperatorsPage.SignIn;

/// <summary>
/// What protects the page around its sign-in: the scheme and address seen through a TLS-terminating proxy (so the
/// session cookie is <c>Secure</c> when the person's connection is https), a limit on sign-in attempts per client
/// address, and a content security policy that lets no inline script run.
/// </summary>
public static class PageProtection
{
    /// <summary>Configuration section of the proxies whose <c>X-Forwarded-Proto</c>/<c>-For</c> are believed.</summary>
    public const string ForwardedHeadersSection = "ForwardedHeaders";

    public static IHostApplicationBuilder AddPageProtection(this IHostApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection(ForwardedHeadersSection).Get<TrustedProxies>() ?? new TrustedProxies();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Loopback stays trusted (the default); any other proxy must be named.
            foreach (var proxy in proxies.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!IsSignInAttempt(context.Request))
                {
                    return RateLimitPartition.GetNoLimiter("not a sign-in");
                }

                var perMinute = context.RequestServices.GetRequiredService<IOptions<OperatorsPageSettings>>().Value.SignInAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(TooManySignInsPage, cancellationToken);
            };
        });
        return builder;
    }

    /// <summary>Before authentication: the forwarded scheme and address, the page's headers, the sign-in limit.</summary>
    public static WebApplication UsePageProtection(this WebApplication app)
    {
        app.UseForwardedHeaders();
        var providerOrigin = ProviderOrigin(app.Services.GetRequiredService<IOptions<AuthenticationSettings>>().Value.Authority);
        var policy = ContentSecurityPolicy(providerOrigin);
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = policy;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// Only the page's own files run or load; nothing may frame it; forms post to the page, and to the provider
    /// because signing out is a post answered by a redirect to the provider's end-session endpoint.
    /// </summary>
    public static string ContentSecurityPolicy(string? providerOrigin) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; "
        + $"frame-ancestors 'none'; form-action 'self'{(providerOrigin is null ? "" : " " + providerOrigin)}";

    private static string? ProviderOrigin(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;

    private static bool IsSignInAttempt(HttpRequest request) =>
        request.Path.StartsWithSegments(PageAuthentication.SignInPath) || request.Path.StartsWithSegments("/signin-oidc");

    private const string TooManySignInsPage =
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8" /><title>Too many sign-in attempts · Fulfillment operators</title></head>
        <body><main id="too-many-sign-ins"><h1>Too many sign-in attempts</h1>
        <p>This address tried to sign in too often (429 Too Many Requests). Wait a minute, then sign in again.</p></main></body></html>
        """;

    private sealed class TrustedProxies
    {
        public List<string> KnownProxies { get; set; } = [];

        public List<string> KnownNetworks { get; set; } = [];
    }
}
