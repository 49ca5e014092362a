using System.Collections.Concurrent;
using Fulfillment.SpApiClient;
using Fulfillment.SpApiClient.Models;

namespace Fulfillment.OrderImport.SpApi;

/// <summary>
/// Restricted Data Tokens for the buyer and address operations, which Amazon guards as personal data. One token
/// per store covers every order (generic <c>{orderId}</c> paths) for its lifetime of an hour, by our clock; when
/// Amazon refuses it earlier (its clock ran ahead, the token was revoked), <see cref="SourceFor"/>'s Forget drops it.
/// </summary>
public sealed class RestrictedDataTokens(SpApiTransport transport, TimeProvider clock)
{
    public const string Path = "/tokens/2021-03-01/restrictedDataToken";
    public const string BuyerInfoPath = "/orders/v0/orders/{orderId}/buyerInfo";
    public const string AddressPath = "/orders/v0/orders/{orderId}/address";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<AmazonStoreAccess, CachedToken> _tokens = new();

    /// <summary>The store's token for <see cref="SpApiTransport"/>, which drops it when Amazon answers 403.</summary>
    public RestrictedDataTokenSource SourceFor(AmazonStoreAccess store) =>
        new(cancellationToken => GetAsync(store, cancellationToken), refused => Forget(store, refused));

    /// <summary>Drops the store's token if it is the refused one, not a newer one another call fetched meanwhile.</summary>
    public void Forget(AmazonStoreAccess store, string refusedToken)
    {
        if (_tokens.TryGetValue(store, out var cached) && cached.Token == refusedToken)
        {
            _tokens.TryRemove(KeyValuePair.Create(store, cached));
        }
    }

    public async Task<string> GetAsync(AmazonStoreAccess store, CancellationToken cancellationToken)
    {
        if (_tokens.TryGetValue(store, out var cached) && cached.ExpiresAt - RefreshMargin > clock.GetUtcNow())
        {
            return cached.Token;
        }

        var request = new CreateRestrictedDataTokenRequest(
        [
            new RestrictedResource("GET", BuyerInfoPath),
            new RestrictedResource("GET", AddressPath),
        ]);
        var response = await transport.SendAsync<CreateRestrictedDataTokenResponse>(
            store, SpApiOperation.CreateRestrictedDataToken, HttpMethod.Post, Path, request, null, cancellationToken);
        if (response.RestrictedDataToken is not { Length: > 0 } token)
        {
            throw new AmazonAnswerUnusableException("Amazon issued no restricted data token.");
        }

        _tokens[store] = new CachedToken(token, clock.GetUtcNow().AddSeconds(response.ExpiresIn ?? 3600));
        return token;
    }

    private sealed record CachedToken(string Token, DateTimeOffset ExpiresAt);
}
