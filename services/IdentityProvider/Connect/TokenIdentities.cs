using System.Collections.Immutable;
using System.Security.Claims;
using Fulfillment.IdentityProvider.Configuration;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Fulfillment.IdentityProvider.Connect;

/// <summary>What a token says about a person or a machine, and into which tokens each claim goes.</summary>
public static class TokenIdentities
{
    /// <summary>A person: their permissions come from their roles, one <c>role</c> claim each.</summary>
    public static ClaimsPrincipal Person(PersonSettings person, ImmutableArray<string> scopes)
    {
        var identity = NewIdentity();
        identity.AddClaim(new Claim(Claims.Subject, person.Name));
        identity.AddClaim(new Claim(Claims.Name, person.Name));
        foreach (var role in person.Roles.Distinct(StringComparer.Ordinal))
        {
            identity.AddClaim(new Claim(Claims.Role, role));
        }

        return Finish(identity, scopes);
    }

    /// <summary>A machine: its permissions are the scopes it asked for, each of which it was granted.</summary>
    public static ClaimsPrincipal Machine(string clientId, ImmutableArray<string> scopes)
    {
        var identity = NewIdentity();
        identity.AddClaim(new Claim(Claims.Subject, clientId));
        identity.AddClaim(new Claim(Claims.Name, clientId));
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, ImmutableArray<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(FulfillmentScopes.Resource);
        identity.SetDestinations(DestinationsOf);
        return new ClaimsPrincipal(identity);
    }

    // The name and roles go into ID tokens too, so that a web client knows who signed in without calling userinfo.
    private static IEnumerable<string> DestinationsOf(Claim claim) => claim.Type switch
    {
        Claims.Subject or Claims.Name or Claims.Role => [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [Destinations.AccessToken],
    };
}
