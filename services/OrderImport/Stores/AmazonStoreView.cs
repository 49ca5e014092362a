namespace Fulfillment.OrderImport.Stores;

/// <summary>A store as the HTTP API shows it: never its credentials, only their name.</summary>
/// <param name="PollingNote">The last time polling could not start at the watermark (ahead of Amazon's clock), if ever.</param>
public sealed record AmazonStoreView(
    string StoreId,
    string SellerId,
    string MarketplaceId,
    Uri SpApiEndpoint,
    string CredentialsName,
    string WebsiteCode,
    OrderSettings Settings,
    int SettingsVersion,
    DateTimeOffset ConnectedAt,
    string? PollingNote = null)
{
    public static AmazonStoreView From(AmazonStore store) => new(
        store.Id, store.SellerId, store.MarketplaceId, store.SpApiEndpoint, store.CredentialsName, store.WebsiteCode,
        store.Settings, store.SettingsVersion, store.ConnectedAt, store.LastPollingWindowClamp?.Note);
}
