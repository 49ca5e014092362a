using Fulfillment.IdentityProvider.Configuration;
using Fulfillment.IdentityProvider.Persistence;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ProductClientTypes = Fulfillment.IdentityProvider.Configuration.ClientTypes;

namespace Fulfillment.IdentityProvider.Clients;

/// <summary>
/// Makes the stored scopes and clients what configuration says, at every start: configuration is the single source
/// of truth, so a client changed there is updated and one removed there is deleted.
/// </summary>
public static class ClientRegistration
{
    public static async Task ApplyAsync(IServiceProvider services, string connectionString, CancellationToken cancellation)
    {
        await using var databaseLock = await DatabaseLock.AcquireAsync(connectionString, cancellation);
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityProviderOptions>>().Value;
        await RegisterScopesAsync(scope.ServiceProvider.GetRequiredService<IOpenIddictScopeManager>(), cancellation);
        await RegisterClientsAsync(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>(), options.Clients, cancellation);
    }

    private static async Task RegisterScopesAsync(IOpenIddictScopeManager scopes, CancellationToken cancellation)
    {
        foreach (var name in FulfillmentScopes.All)
        {
            var descriptor = new OpenIddictScopeDescriptor { Name = name, Resources = { FulfillmentScopes.Resource } };
            if (await scopes.FindByNameAsync(name, cancellation) is { } existing)
            {
                await scopes.UpdateAsync(existing, descriptor, cancellation);
            }
            else
            {
                await scopes.CreateAsync(descriptor, cancellation);
            }
        }
    }

    private static async Task RegisterClientsAsync(
        IOpenIddictApplicationManager applications, IReadOnlyList<ClientSettings> clients, CancellationToken cancellation)
    {
        var configured = clients.Select(client => client.ClientId).ToHashSet(StringComparer.Ordinal);
        var stale = new List<object>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellation))
        {
            if (!configured.Contains(await applications.GetClientIdAsync(application, cancellation) ?? ""))
            {
                stale.Add(application);
            }
        }

        foreach (var application in stale)
        {
            await applications.DeleteAsync(application, cancellation);
        }

        foreach (var client in clients)
        {
            var descriptor = DescriptorOf(client);
            if (await applications.FindByClientIdAsync(client.ClientId, cancellation) is { } existing)
            {
                await applications.UpdateAsync(existing, descriptor, cancellation);
            }
            else
            {
                await applications.CreateAsync(descriptor, cancellation);
            }
        }
    }

    private static OpenIddictApplicationDescriptor DescriptorOf(ClientSettings client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.Type == ProductClientTypes.Public ? null : client.ClientSecret,
            ClientType = client.Type == ProductClientTypes.Public ? OpenIddictConstants.ClientTypes.Public : OpenIddictConstants.ClientTypes.Confidential,
            DisplayName = client.ClientId,
            // First-party clients only: no consent screen.
            ConsentType = ConsentTypes.Implicit,
        };

        if (client.Type == ProductClientTypes.Machine)
        {
            descriptor.Permissions.Add(Permissions.Endpoints.Token);
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
            foreach (var scope in client.Scopes)
            {
                descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
            }

            return descriptor;
        }

        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
            Permissions.Scopes.Profile, Permissions.Scopes.Roles,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        descriptor.RedirectUris.UnionWith(client.RedirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(client.PostLogoutRedirectUris);
        return descriptor;
    }
}
