namespace Fulfillment.IdentityProvider.Clients;

/// <summary>
/// RFC 8252 §7.3: a client whose redirect URI is on the loopback interface over http may be redirected to that URI
/// with any port, because the port is only known once the client has started.
/// </summary>
public static class LoopbackRedirects
{
    public static bool MatchesIgnoringPort(Uri registered, string requested)
    {
        if (!Uri.TryCreate(requested, UriKind.Absolute, out var candidate))
        {
            return false;
        }

        return IsLoopbackHttp(registered) && IsLoopbackHttp(candidate)
            && string.Equals(registered.Host, candidate.Host, StringComparison.OrdinalIgnoreCase)
            && string.Equals(registered.PathAndQuery, candidate.PathAndQuery, StringComparison.Ordinal)
            && string.IsNullOrEmpty(candidate.Fragment) && string.IsNullOrEmpty(candidate.UserInfo);
    }

    private static bool IsLoopbackHttp(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttp
        && (uri.Host is "127.0.0.1" or "[::1]" || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase));
}
