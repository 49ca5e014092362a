using System.Runtime.CompilerServices;
using Fulfillment.IdentityProvider.Configuration;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace Fulfillment.IdentityProvider.Clients;

/// <summary>
/// OpenIddict's application manager, except that a client configured with <c>AllowLoopbackRedirectPorts</c> also
/// accepts its loopback redirect and post-logout URIs with any port (see <see cref="LoopbackRedirects"/>).
/// </summary>
public sealed class LoopbackAwareApplicationManager<TApplication>(
    IOpenIddictApplicationCache<TApplication> cache,
    ILogger<OpenIddictApplicationManager<TApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<TApplication> store,
    IOptionsMonitor<IdentityProviderOptions> providerOptions)
    : OpenIddictApplicationManager<TApplication>(cache, logger, options, store)
    where TApplication : class
{
    public override async ValueTask<bool> ValidateRedirectUriAsync(
        TApplication application, string uri, CancellationToken cancellationToken = default) =>
        await base.ValidateRedirectUriAsync(application, uri, cancellationToken)
        || await MatchesLoopbackAsync(application, uri, client => client.RedirectUris, cancellationToken);

    public override async ValueTask<bool> ValidatePostLogoutRedirectUriAsync(
        TApplication application, string uri, CancellationToken cancellationToken = default) =>
        await base.ValidatePostLogoutRedirectUriAsync(application, uri, cancellationToken)
        || await MatchesLoopbackAsync(application, uri, client => client.PostLogoutRedirectUris, cancellationToken);

    public override async IAsyncEnumerable<TApplication> FindByPostLogoutRedirectUriAsync(
        string uri, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var found = false;
        await foreach (var application in base.FindByPostLogoutRedirectUriAsync(uri, cancellationToken))
        {
            found = true;
            yield return application;
        }

        if (found)
        {
            yield break;
        }

        foreach (var client in LoopbackClients().Where(client => client.PostLogoutRedirectUris.Any(registered => LoopbackRedirects.MatchesIgnoringPort(registered, uri))))
        {
            if (await FindByClientIdAsync(client.ClientId, cancellationToken) is { } application)
            {
                yield return application;
            }
        }
    }

    public override async IAsyncEnumerable<TApplication> FindByRedirectUriAsync(
        string uri, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var found = false;
        await foreach (var application in base.FindByRedirectUriAsync(uri, cancellationToken))
        {
            found = true;
            yield return application;
        }

        if (found)
        {
            yield break;
        }

        foreach (var client in LoopbackClients().Where(client => client.RedirectUris.Any(registered => LoopbackRedirects.MatchesIgnoringPort(registered, uri))))
        {
            if (await FindByClientIdAsync(client.ClientId, cancellationToken) is { } application)
            {
                yield return application;
            }
        }
    }

    private IEnumerable<ClientSettings> LoopbackClients() =>
        providerOptions.CurrentValue.Clients.Where(client => client.AllowLoopbackRedirectPorts);

    private async ValueTask<bool> MatchesLoopbackAsync(
        TApplication application, string uri, Func<ClientSettings, List<Uri>> registeredUris, CancellationToken cancellation)
    {
        var clientId = await GetClientIdAsync(application, cancellation);
        var client = LoopbackClients().FirstOrDefault(client => client.ClientId == clientId);
        return client is not null && registeredUris(client).Any(registered => LoopbackRedirects.MatchesIgnoringPort(registered, uri));
    }
}
