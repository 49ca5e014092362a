namespace Fulfillment.OrderImport.Stores.ConnectAmazonStore;

public sealed record ConnectAmazonStoreRequest(
    string StoreId,
    string SellerId,
    string MarketplaceId,
    Uri SpApiEndpoint,
    string CredentialsName,
    string WebsiteCode,
    OrderSettings? Settings);

public sealed record ConnectAmazonStore(ConnectAmazonStoreRequest Request, DateTimeOffset Now);

/// <summary>Connecting a store that is already connected with the same account is a repeat, not a change.</summary>
public sealed class StoreAlreadyConnectedException(string storeId)
    : InvalidOperationException($"Store '{storeId}' is already connected to another seller account or marketplace.");

public static class ConnectAmazonStoreDecider
{
    public static IReadOnlyList<object> Decide(AmazonStore? store, ConnectAmazonStore command)
    {
        var request = command.Request;
        if (store is null)
        {
            return
            [
                new AmazonStoreConnected(
                    request.StoreId, request.SellerId, request.MarketplaceId, request.SpApiEndpoint,
                    request.CredentialsName, request.WebsiteCode, request.Settings ?? OrderSettings.Defaults, command.Now),
            ];
        }

        var sameAccount = store.SellerId == request.SellerId
            && store.MarketplaceId == request.MarketplaceId
            && store.SpApiEndpoint == request.SpApiEndpoint
            && store.CredentialsName == request.CredentialsName
            && store.WebsiteCode == request.WebsiteCode;
        return sameAccount ? [] : throw new StoreAlreadyConnectedException(store.Id);
    }
}
