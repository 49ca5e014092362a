using Fulfillment.IdentityProvider.Configuration;
using Microsoft.Extensions.Options;

namespace Fulfillment.IdentityProvider.SignIn;

/// <summary>
/// Counts refused sign-ins per user name and per client address over the last minute; once either reaches its
/// limit, every further attempt from that address or for that name is turned away until the minute has passed.
/// Kept in memory: each replica counts on its own.
/// </summary>
public sealed class SignInThrottle(IOptionsMonitor<IdentityProviderOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int KeysKeptBeforePruning = 10_000;
    private const int UserNameLengthCounted = 200;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _refusals = new(StringComparer.Ordinal);
    private readonly Lock _guard = new();

    public bool IsThrottled(string address, string userName)
    {
        var limits = options.CurrentValue.SignIn;
        lock (_guard)
        {
            var now = clock.GetUtcNow();
            return CountRecent(AddressKey(address), now) >= limits.AttemptsPerMinutePerAddress
                || CountRecent(UserKey(userName), now) >= limits.AttemptsPerMinutePerUser;
        }
    }

    public void RecordRefusal(string address, string userName)
    {
        lock (_guard)
        {
            var now = clock.GetUtcNow();
            if (_refusals.Count >= KeysKeptBeforePruning)
            {
                Prune(now);
            }

            Record(AddressKey(address), now);
            Record(UserKey(userName), now);
        }
    }

    private static string AddressKey(string address) => $"address:{address}";

    // Names differing only in case or surrounding spaces count as one, so the limit cannot be walked around.
    private static string UserKey(string userName)
    {
        var normalized = userName.Trim().ToLowerInvariant();
        return $"user:{(normalized.Length > UserNameLengthCounted ? normalized[..UserNameLengthCounted] : normalized)}";
    }

    private int CountRecent(string key, DateTimeOffset now)
    {
        if (!_refusals.TryGetValue(key, out var times))
        {
            return 0;
        }

        while (times.Count > 0 && now - times.Peek() >= Window)
        {
            times.Dequeue();
        }

        return times.Count;
    }

    private void Record(string key, DateTimeOffset now)
    {
        if (!_refusals.TryGetValue(key, out var times))
        {
            _refusals[key] = times = new Queue<DateTimeOffset>();
        }

        times.Enqueue(now);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _refusals.Keys.ToList())
        {
            if (CountRecent(key, now) == 0)
            {
                _refusals.Remove(key);
            }
        }
    }
}
