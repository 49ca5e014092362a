namespace Fulfillment.SpApiSimulator.Access;

/// <summary>
/// What a token issued by the simulator stands for: a selling partner, until a moment, and for a Restricted Data
/// Token the resources it opens (an LWA access token has none and opens every non-restricted operation).
/// </summary>
public sealed record AccessGrant(string SellerId, DateTimeOffset ExpiresAt, IReadOnlyList<RestrictedResource>? RestrictedResources)
{
    public bool IsRestrictedDataToken => RestrictedResources is not null;
}
