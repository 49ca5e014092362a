using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Fulfillment.ServiceDefaults.Security;

/// <summary>
/// Every service accepts access tokens (JWTs) signed by the configured OpenID provider for Fulfillment's audience,
/// and enforces the permission policies. Refused calls are logged with the caller and the path, never the token.
/// </summary>
public static class AccessTokenAuthentication
{
    public static IHostApplicationBuilder AddAccessTokenAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(AuthenticationSettings.SectionName).Get<AuthenticationSettings>()
            ?? new AuthenticationSettings();
        builder.Services.AddSingleton(Options.Create(settings));
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // A service without a provider accepts no token at all: it never falls back to something weaker.
                options.Authority = settings.Authority ?? "https://authority.not.configured.invalid";
                options.Audience = settings.Audience;
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = CallerClaims.Name;
                options.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
                options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                options.Events = new JwtBearerEvents
                {
                    OnAuthenticationFailed = context =>
                    {
                        RefusedCalls.Logger(context.HttpContext).LogWarning(
                            "Refused a token for {Method} {Path}: {Reason}",
                            context.Request.Method, context.Request.Path, context.Exception.GetType().Name);
                        return Task.CompletedTask;
                    },
                    OnChallenge = context =>
                    {
                        context.HandleResponse();
                        RefusedCalls.Logger(context.HttpContext).LogWarning(
                            "Refused an unauthenticated call to {Method} {Path}", context.Request.Method, context.Request.Path);
                        return RefusedCalls.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized,
                            "Sign-in required",
                            "Send an access token from the organisation's OpenID provider as Authorization: Bearer.");
                    },
                    OnForbidden = context =>
                    {
                        RefusedCalls.Logger(context.HttpContext).LogWarning(
                            "Refused {Caller} on {Method} {Path}: permission missing",
                            CallerClaims.Describe(context.HttpContext.User), context.Request.Method, context.Request.Path);
                        return RefusedCalls.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden,
                            "Permission missing",
                            "The caller is signed in but lacks the permission this endpoint needs (see the permission table).");
                    },
                };
            });
        builder.Services.AddAuthorization(options => PermissionPolicies.AddTo(options, settings.RoleClaim));
        builder.Services.AddHostedService<EndpointPermissionGuard>();
        return builder;
    }
}
