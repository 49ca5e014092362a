namespace Fulfillment.OrderImport.Stores;

/// <summary>
/// One seller account in one marketplace, bound to a Commerce website. The LWA credentials are not part of it:
/// <see cref="CredentialsName"/> names the configuration entry that holds them.
/// </summary>
public sealed record AmazonStoreConnected(
    string StoreId,
    string SellerId,
    string MarketplaceId,
    Uri SpApiEndpoint,
    string CredentialsName,
    string WebsiteCode,
    OrderSettings Settings,
    DateTimeOffset ConnectedAt);

/// <summary>New order settings; <see cref="SettingsVersion"/> counts every settings change of the store, from 1.</summary>
public sealed record OrderSettingsChanged(
    string StoreId,
    OrderSettings Settings,
    int SettingsVersion,
    DateTimeOffset ChangedAt);

public sealed partial record AmazonStore(
    string Id,
    string SellerId,
    string MarketplaceId,
    Uri SpApiEndpoint,
    string CredentialsName,
    string WebsiteCode,
    OrderSettings Settings,
    int SettingsVersion,
    DateTimeOffset ConnectedAt)
{
    public bool IsActive => Settings.State == StoreState.Active;

    public static AmazonStore Create(AmazonStoreConnected connected) => new(
        connected.StoreId,
        connected.SellerId,
        connected.MarketplaceId,
        connected.SpApiEndpoint,
        connected.CredentialsName,
        connected.WebsiteCode,
        connected.Settings,
        SettingsVersion: 1,
        connected.ConnectedAt);

    public AmazonStore Apply(OrderSettingsChanged changed) =>
        this with { Settings = changed.Settings, SettingsVersion = changed.SettingsVersion };
}
