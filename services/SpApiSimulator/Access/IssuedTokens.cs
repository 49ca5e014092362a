using System.Collections.Concurrent;
using System.Security.Cryptography;
using Fulfillment.SpApiSimulator.Configuration;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiSimulator.Access;

/// <summary>
/// The LWA access tokens and Restricted Data Tokens the simulator handed out. Tokens are random and opaque, with
/// Amazon's prefixes; they live in memory only and are never logged.
/// </summary>
public sealed class IssuedTokens(IOptions<SpApiSimulatorOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, AccessGrant> _grants = new(StringComparer.Ordinal);

    public TimeSpan AccessTokenLifetime => TimeSpan.FromSeconds(options.Value.Lwa.AccessTokenLifetimeSeconds);

    public TimeSpan RestrictedDataTokenLifetime => TimeSpan.FromSeconds(options.Value.RestrictedDataTokenLifetimeSeconds);

    public string IssueAccessToken(string sellerId) =>
        Issue("Atza|", new AccessGrant(sellerId, clock.GetUtcNow() + AccessTokenLifetime, RestrictedResources: null));

    public string IssueRestrictedDataToken(string sellerId, IReadOnlyList<RestrictedResource> resources) =>
        Issue("Atz.sprdt|", new AccessGrant(sellerId, clock.GetUtcNow() + RestrictedDataTokenLifetime, resources));

    public TokenLookup Find(string? token)
    {
        if (string.IsNullOrEmpty(token) || !_grants.TryGetValue(token, out var grant))
        {
            return new TokenLookup.Unknown();
        }

        if (grant.ExpiresAt <= clock.GetUtcNow())
        {
            _grants.TryRemove(token, out _);
            return new TokenLookup.Expired();
        }

        return new TokenLookup.Valid(grant);
    }

    private string Issue(string prefix, AccessGrant grant)
    {
        var token = prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        _grants[token] = grant;
        return token;
    }
}

public abstract record TokenLookup
{
    public sealed record Valid(AccessGrant Grant) : TokenLookup;

    public sealed record Expired : TokenLookup;

    public sealed record Unknown : TokenLookup;
}
