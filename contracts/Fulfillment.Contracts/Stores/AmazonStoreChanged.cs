namespace Fulfillment.Contracts.Stores;

/// <summary>
/// An Amazon store was connected or its settings changed: what a service calling Amazon for the store needs to
/// know (where and as whom to call, S7 Active, S8 Read-Only Mode). Never carries a secret: credentials are named,
/// and each service reads them from its own configuration. Published once per store version.
/// </summary>
public sealed record AmazonStoreChanged(
    string StoreId,
    string SellerId,
    string MarketplaceId,
    string SpApiEndpoint,
    string CredentialsName,
    bool Active,
    bool ReadOnlyMode,
    int SettingsVersion,
    DateTimeOffset ChangedAt);
