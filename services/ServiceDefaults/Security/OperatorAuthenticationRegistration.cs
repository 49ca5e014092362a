using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Fulfillment.ServiceDefaults.Security;

public static class OperatorAuthenticationRegistration
{
    /// <summary>Operator and viewer keys from configuration, and the two policies operator endpoints require.</summary>
    public static IHostApplicationBuilder AddOperatorAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OperatorKeyOptions>().Bind(builder.Configuration.GetSection(OperatorKeyOptions.SectionName));
        builder.Services
            .AddAuthentication(OperatorKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, OperatorKeyAuthenticationHandler>(OperatorKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(OperatorRoles.ActPolicy, policy => policy.RequireRole(OperatorRoles.Operator))
            .AddPolicy(OperatorRoles.ReadPolicy, policy => policy.RequireRole(OperatorRoles.Operator, OperatorRoles.Viewer));
        return builder;
    }
}
