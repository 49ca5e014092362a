namespace Fulfillment.SpApiClient;

/// <summary>What a call to Amazon needs to know of a store: whose account, where, with which credentials.</summary>
public sealed record AmazonStoreAccess(string SellerId, string MarketplaceId, Uri Endpoint, string CredentialsName);
