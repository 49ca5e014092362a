namespace Fulfillment.SpApiClient;

/// <summary>What a call to Amazon needs to know of a store: whose account, where, with which credentials.</summary>
/// <param name="StoreId">Fulfillment's name of the store, so that a failed call is listed under it (O4).</param>
public sealed record AmazonStoreAccess(
    string SellerId, string MarketplaceId, Uri Endpoint, string CredentialsName, string? StoreId = null);
