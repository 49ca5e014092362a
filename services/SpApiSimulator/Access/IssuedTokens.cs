using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Fulfillment.SpApiSimulator.Configuration;
using Fulfillment.SpApiSimulator.Persistence;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiSimulator.Access;

/// <summary>
/// The LWA access tokens and Restricted Data Tokens the simulator handed out. Tokens are random and opaque, with
/// Amazon's prefixes, and never logged. They are kept by their SHA-256 only, in memory and in the simulator's
/// database, so that a client's token stays good across a restart, as Amazon's do, without the database holding it.
/// </summary>
public sealed class IssuedTokens(IOptions<SpApiSimulatorOptions> options, TimeProvider clock, SimulatorStateWriter state)
{
    public const string StateKind = "token";

    private readonly ConcurrentDictionary<string, AccessGrant> _grants = new(StringComparer.Ordinal);

    public TimeSpan AccessTokenLifetime => TimeSpan.FromSeconds(options.Value.Lwa.AccessTokenLifetimeSeconds);

    public TimeSpan RestrictedDataTokenLifetime => TimeSpan.FromSeconds(options.Value.RestrictedDataTokenLifetimeSeconds);

    public string IssueAccessToken(string sellerId) =>
        Issue("Atza|", new AccessGrant(sellerId, clock.GetUtcNow() + AccessTokenLifetime, RestrictedResources: null));

    public string IssueRestrictedDataToken(string sellerId, IReadOnlyList<RestrictedResource> resources) =>
        Issue("Atz.sprdt|", new AccessGrant(sellerId, clock.GetUtcNow() + RestrictedDataTokenLifetime, resources));

    public TokenLookup Find(string? token)
    {
        if (string.IsNullOrEmpty(token) || !_grants.TryGetValue(HashOf(token), out var grant))
        {
            return new TokenLookup.Unknown();
        }

        if (grant.ExpiresAt <= clock.GetUtcNow())
        {
            if (_grants.TryRemove(HashOf(token), out _))
            {
                state.Delete(StateKind, HashOf(token));
            }

            return new TokenLookup.Expired();
        }

        return new TokenLookup.Valid(grant);
    }

    private string Issue(string prefix, AccessGrant grant)
    {
        var token = prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var hash = HashOf(token);
        _grants[hash] = grant;
        state.Save(StateKind, hash, grant);
        return token;
    }

    /// <summary>A grant read back from the database at start, by its token's hash.</summary>
    public void Restore(string tokenHash, AccessGrant grant) => _grants[tokenHash] = grant;

    private static string HashOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

public abstract record TokenLookup
{
    public sealed record Valid(AccessGrant Grant) : TokenLookup;

    public sealed record Expired : TokenLookup;

    public sealed record Unknown : TokenLookup;
}
