namespace Fulfillment.SpApiClient;

/// <summary>
/// Where a store's Login With Amazon access token may be sent (X5): Amazon's SP-API regional hosts over https, their
/// sandbox hosts, and the origins the deployment lists in <c>SpApi__AllowedEndpoints__N</c> (the simulator's, for
/// development and tests). Anything else would hand the seller's token to a stranger.
/// </summary>
public static class AmazonEndpoints
{
    /// <summary>North America, Europe and Far East, production and sandbox.</summary>
    public static IReadOnlyList<Uri> SellingPartnerApiHosts { get; } =
    [
        new("https://sellingpartnerapi-na.amazon.com"),
        new("https://sellingpartnerapi-eu.amazon.com"),
        new("https://sellingpartnerapi-fe.amazon.com"),
        new("https://sandbox.sellingpartnerapi-na.amazon.com"),
        new("https://sandbox.sellingpartnerapi-eu.amazon.com"),
        new("https://sandbox.sellingpartnerapi-fe.amazon.com"),
    ];

    /// <summary>
    /// True for an origin (scheme, host and port, nothing else: no user info, path, query or fragment) that is one of
    /// Amazon's or one the deployment allows.
    /// </summary>
    public static bool Permits(Uri? endpoint, IEnumerable<Uri> allowedByDeployment)
    {
        if (endpoint is not { IsAbsoluteUri: true } || endpoint.UserInfo.Length > 0
            || endpoint.AbsolutePath != "/" || endpoint.Query.Length > 0 || endpoint.Fragment.Length > 0)
        {
            return false;
        }

        return SellingPartnerApiHosts.Concat(allowedByDeployment).Any(allowed => SameOrigin(allowed, endpoint));
    }

    private static bool SameOrigin(Uri allowed, Uri endpoint) =>
        allowed.IsAbsoluteUri
        && string.Equals(allowed.Scheme, endpoint.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(allowed.IdnHost, endpoint.IdnHost, StringComparison.OrdinalIgnoreCase)
        && allowed.Port == endpoint.Port;
}
