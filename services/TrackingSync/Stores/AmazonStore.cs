using Fulfillment.SpApiClient;

namespace Fulfillment.TrackingSync.Stores;

/// <summary>
/// What TrackingSync knows of an Amazon store, from OrderImport's <c>AmazonStoreChanged</c>: where and as whom to
/// call Amazon, and whether it may (S7 Active, S8 Read-Only Mode). Only the newest settings version is kept.
/// </summary>
public sealed record AmazonStore(
    string Id,
    string SellerId,
    string MarketplaceId,
    Uri SpApiEndpoint,
    string CredentialsName,
    bool Active,
    bool ReadOnlyMode,
    int SettingsVersion,
    DateTimeOffset ChangedAt)
{
    public AmazonStoreAccess Access => new(SellerId, MarketplaceId, SpApiEndpoint, CredentialsName, Id);
}
