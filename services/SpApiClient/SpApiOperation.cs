namespace Fulfillment.SpApiClient;

/// <summary>The SP-API operations Fulfillment calls, with Amazon's default usage plans (ordersV0.json, Tokens API, feeds_2021-06-30.json).</summary>
public static class SpApiOperation
{
    public const string GetOrders = "getOrders";
    public const string GetOrder = "getOrder";
    public const string GetOrderItems = "getOrderItems";
    public const string GetOrderBuyerInfo = "getOrderBuyerInfo";
    public const string GetOrderAddress = "getOrderAddress";
    public const string CreateRestrictedDataToken = "createRestrictedDataToken";
    public const string ConfirmShipment = "confirmShipment";
    public const string CreateFeedDocument = "createFeedDocument";
    public const string CreateFeed = "createFeed";
    public const string GetFeed = "getFeed";
    public const string GetFeeds = "getFeeds";
    public const string GetFeedDocument = "getFeedDocument";

    public static IReadOnlyDictionary<string, UsagePlan> DefaultUsagePlans { get; } = new Dictionary<string, UsagePlan>
    {
        [GetOrders] = new(0.0167, 20),
        [GetOrder] = new(0.5, 30),
        [GetOrderItems] = new(0.5, 30),
        [GetOrderBuyerInfo] = new(0.5, 30),
        [GetOrderAddress] = new(0.5, 30),
        [CreateRestrictedDataToken] = new(1, 10),
        [ConfirmShipment] = new(2, 10),
        [CreateFeedDocument] = new(0.5, 15),
        [CreateFeed] = new(0.0083, 15),
        [GetFeed] = new(2, 15),
        [GetFeeds] = new(0.0222, 10),
        [GetFeedDocument] = new(0.0222, 10),
    };
}
