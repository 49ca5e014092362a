using Fulfillment.IdentityProvider.Clients;
using Fulfillment.IdentityProvider.Configuration;
using Fulfillment.IdentityProvider.Connect;
using Fulfillment.IdentityProvider.Persistence;
using Fulfillment.IdentityProvider.SignIn;
using Microsoft.AspNetCore.DataProtection;
using OpenIddict.EntityFrameworkCore.Models;

var builder = WebApplication.CreateBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Postgres")
    ?? throw new InvalidOperationException("ConnectionStrings:Postgres is not set.");
var options = builder.Configuration.GetSection(IdentityProviderOptions.Section).Get<IdentityProviderOptions>() ?? new();
if (OptionsValidation.ProblemsOf(options) is { Count: > 0 } problems)
{
    throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
}

var keys = await ProviderDatabase.PrepareAsync(connectionString, options, CancellationToken.None);

builder.Services.Configure<IdentityProviderOptions>(builder.Configuration.GetSection(IdentityProviderOptions.Section));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<People>();
builder.Services.AddSingleton<SignInThrottle>();
builder.Services.AddDbContext<IdentityDbContext>(database => IdentityDbContext.Configure(database, connectionString));
builder.Services.AddDataProtection()
    .SetApplicationName("Fulfillment.IdentityProvider")
    .PersistKeysToDbContext<IdentityDbContext>();
builder.Services.AddAntiforgery(antiforgery =>
{
    antiforgery.Cookie.Name = "fulfillment.idp.antiforgery";
    antiforgery.Cookie.SecurePolicy = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
});
builder.Services.AddAuthentication(ProviderCookie.Scheme)
    .AddCookie(ProviderCookie.Scheme, cookie =>
    {
        cookie.Cookie.Name = ProviderCookie.Name;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = ProviderCookie.Lifetime;
        cookie.SlidingExpiration = false;
        cookie.LoginPath = "/account/login";
    });
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

builder.Services.AddOpenIddict()
    .AddCore(core =>
    {
        core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>();
        core.ReplaceApplicationManager<OpenIddictEntityFrameworkCoreApplication, LoopbackAwareApplicationManager<OpenIddictEntityFrameworkCoreApplication>>();
    })
    .AddServer(server =>
    {
        server.SetAuthorizationEndpointUris("/connect/authorize")
            .SetTokenEndpointUris("/connect/token")
            .SetEndSessionEndpointUris("/connect/endsession")
            .SetUserInfoEndpointUris("/connect/userinfo");
        server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
        server.AllowClientCredentialsFlow();
        server.RegisterScopes([.. FulfillmentScopes.All]);
        server.AddEventHandler(RefuseUngrantedMachineScopes.Descriptor);
        server.AddSigningKey(keys.Signing).AddEncryptionKey(keys.Encryption);
        // Every service validates access tokens itself as plain signed JWTs.
        server.DisableAccessTokenEncryption();
        var lifetime = TimeSpan.FromMinutes(options.AccessTokenLifetimeMinutes);
        server.SetAccessTokenLifetime(lifetime).SetIdentityTokenLifetime(lifetime);
        if (options.Issuer is not null)
        {
            server.SetIssuer(options.Issuer);
        }

        var aspNetCore = server.UseAspNetCore()
            .EnableAuthorizationEndpointPassthrough()
            .EnableTokenEndpointPassthrough()
            .EnableEndSessionEndpointPassthrough()
            .EnableUserInfoEndpointPassthrough();
        if (!options.RequireHttps)
        {
            aspNetCore.DisableTransportSecurityRequirement();
        }
    });

var app = builder.Build();
await ClientRegistration.ApplyAsync(app.Services, connectionString, CancellationToken.None);

app.UseAuthentication();
app.MapGet("/alive", () => Results.Text("Healthy"));
app.MapHealthChecks("/health");
app.MapLogin();
app.MapConnect();
app.Run();
