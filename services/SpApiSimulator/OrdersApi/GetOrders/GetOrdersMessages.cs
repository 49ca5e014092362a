namespace Fulfillment.SpApiSimulator.OrdersApi.GetOrders;

/// <summary>Amazon's <c>InvalidInput</c> messages for <c>getOrders</c>.</summary>
public static class GetOrdersMessages
{
    /// <summary>What Amazon answers when <c>CreatedBefore</c>/<c>LastUpdatedBefore</c> is less than two minutes ago.</summary>
    public const string TooRecent =
        "The input you have submitted is not valid. Note that the error may be due to a systematic delay in data " +
        "retrieval. The most updated data is 2 minutes after an order is created or last updated. If you set the " +
        "CreatedBefore or LastUpdatedBefore parameters, please provide a date that is at least 2 minutes before " +
        "current time and try again.";

    public const string NotValid = "The input you have submitted is not valid. Please check your input and try again.";

    public const string AfterRequired =
        "Either the CreatedAfter parameter or the LastUpdatedAfter parameter is required. Both cannot be empty.";

    public const string CreatedExcludesLastUpdated =
        "LastUpdatedAfter and LastUpdatedBefore cannot be set when CreatedAfter is set.";

    public const string LastUpdatedExcludesCreated =
        "CreatedAfter or CreatedBefore cannot be set when LastUpdatedAfter is set.";

    public const string MarketplaceIdsRequired = "Missing required parameter: MarketplaceIds.";

    public const string InvalidNextToken = "Invalid NextToken.";
}
