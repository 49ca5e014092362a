using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Fulfillment.ServiceDefaults.Security;

/// <summary>
/// One authorization policy per permission: a person holds it through a role, a machine through the scope of the same
/// name. Scopes count only for machines, so a person's token can never widen its roles by asking for a scope.
/// Endpoints that name no permission fall to a policy nobody meets (X1).
/// </summary>
public static class PermissionPolicies
{
    public static void AddTo(AuthorizationOptions options, string roleClaim)
    {
        foreach (var permission in Permissions.All)
        {
            options.AddPolicy(permission, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => Holds(context.User, permission, roleClaim)));
        }

        options.FallbackPolicy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(_ => false)
            .Build();
    }

    public static bool Holds(ClaimsPrincipal caller, string permission, string roleClaim)
    {
        if (caller.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        return CallerClaims.IsMachine(caller)
            ? CallerClaims.Scopes(caller).Contains(permission, StringComparer.Ordinal)
            : PeopleRoles.Granting(permission).Any(role => caller.HasClaim(roleClaim, role));
    }
}
