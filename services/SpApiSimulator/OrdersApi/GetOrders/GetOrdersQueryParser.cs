using System.Globalization;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;

namespace Fulfillment.SpApiSimulator.OrdersApi.GetOrders;

/// <summary>
/// Reads a <c>getOrders</c> request as the model documents it: <c>MarketplaceIds</c> always; with a
/// <c>NextToken</c>, the token's query and nothing else; otherwise exactly one of <c>CreatedAfter</c> and
/// <c>LastUpdatedAfter</c>, a <c>*Before</c> at least two minutes in the past (now minus two minutes when absent),
/// and the filters. The delay is Amazon's two minutes unless configured otherwise (<c>SpApiSimulator:DataDelay</c>).
/// </summary>
public static class GetOrdersQueryParser
{
    public static readonly TimeSpan AmazonDataDelay = TimeSpan.FromMinutes(2);

    // Filters of the model the simulator does not apply: refusing them is better than answering as if they held.
    private static readonly string[] Unsupported =
    [
        "PaymentMethods", "BuyerEmail", "SellerOrderId", "EasyShipShipmentStatuses", "ElectronicInvoiceStatuses",
        "ActualFulfillmentSupplySourceId", "IsISPU", "StoreChainStoreId", "EarliestDeliveryDateBefore",
        "EarliestDeliveryDateAfter", "LatestDeliveryDateBefore", "LatestDeliveryDateAfter",
    ];

        public static GetOrdersQueryOrError Parse(IQueryCollection query, string sellerId, DateTimeOffset now, TimeSpan dataDelay)
    {
        var marketplaceIds = List(query, "MarketplaceIds");
        if (marketplaceIds.Length == 0)
        {
            return Error(GetOrdersMessages.MarketplaceIdsRequired);
        }

        if (query.TryGetValue("NextToken", out var nextToken))
        {
            return OrdersNextToken.Decode(nextToken.ToString()) is { } carried && carried.SellerId == sellerId
                ? new GetOrdersQueryOrError(carried, null)
                : Error(GetOrdersMessages.InvalidNextToken);
        }

        if (Unsupported.FirstOrDefault(query.ContainsKey) is { } unsupported)
        {
            return Error(GetOrdersMessages.NotValid, $"The SP-API simulator does not filter by {unsupported}.");
        }

        if (marketplaceIds.Length > 50)
        {
            return Error(GetOrdersMessages.NotValid, "MarketplaceIds takes at most 50 values.");
        }

        var window = WindowOf(query, out var windowError);
        if (windowError is not null)
        {
            return Error(windowError);
        }

        var afterName = window == OrderWindow.LastUpdated ? "LastUpdatedAfter" : "CreatedAfter";
        var beforeName = window == OrderWindow.LastUpdated ? "LastUpdatedBefore" : "CreatedBefore";
        if (!SpApiDates.TryParse(query[afterName], out var after))
        {
            return Error(GetOrdersMessages.NotValid, $"Invalid date/time field [{afterName}]");
        }

        var latest = now - dataDelay;
        var before = SpApiDates.ToWholeSeconds(latest);
        if (query.ContainsKey(beforeName))
        {
            if (!SpApiDates.TryParse(query[beforeName], out before))
            {
                return Error(GetOrdersMessages.NotValid, $"Invalid date/time field [{beforeName}]");
            }

            if (before > latest)
            {
                return Error(GetOrdersMessages.TooRecent);
            }

            if (before < after)
            {
                return Error(GetOrdersMessages.NotValid, $"{beforeName} must be equal to or after {afterName}.");
            }
        }
        else if (after > before)
        {
            return Error(GetOrdersMessages.TooRecent);
        }

        var statuses = Enums<OrderStatus>(query, "OrderStatuses", out var statusError);
        var channels = Enums<FulfillmentChannel>(query, "FulfillmentChannels", out var channelError);
        var orderIds = List(query, "AmazonOrderIds");
        var maxResults = MaxResultsPerPage(query);
        if ((statusError ?? channelError) is { } listError)
        {
            return Error(GetOrdersMessages.NotValid, listError);
        }

        if (orderIds.Length > 50)
        {
            return Error(GetOrdersMessages.NotValid, "AmazonOrderIds takes at most 50 values.");
        }

        if (maxResults is null)
        {
            return Error(GetOrdersMessages.NotValid, "MaxResultsPerPage must be a number from 1 to 100.");
        }

        return new GetOrdersQueryOrError(
            new GetOrdersQuery(sellerId, marketplaceIds, window, after, before, statuses, channels, orderIds,
                maxResults.Value, Cursor: null),
            null);
    }

    private static OrderWindow WindowOf(IQueryCollection query, out string? error)
    {
        var created = query.ContainsKey("CreatedAfter");
        var lastUpdated = query.ContainsKey("LastUpdatedAfter");
        error = (created, lastUpdated) switch
        {
            (false, false) => GetOrdersMessages.AfterRequired,
            (true, _) when lastUpdated || query.ContainsKey("LastUpdatedBefore") => GetOrdersMessages.CreatedExcludesLastUpdated,
            (false, true) when query.ContainsKey("CreatedBefore") => GetOrdersMessages.LastUpdatedExcludesCreated,
            _ => null,
        };
        return created ? OrderWindow.Created : OrderWindow.LastUpdated;
    }

    private static int? MaxResultsPerPage(IQueryCollection query)
    {
        if (!query.TryGetValue("MaxResultsPerPage", out var value))
        {
            return GetOrdersQuery.DefaultMaxResultsPerPage;
        }

        return int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number is >= 1 and <= 100
            ? number
            : null;
    }

    private static TEnum[] Enums<TEnum>(IQueryCollection query, string name, out string? error) where TEnum : struct, Enum
    {
        var values = List(query, name);
        var invalid = values.FirstOrDefault(value => !Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal));
        error = invalid is null ? null : $"Invalid value '{invalid}' for {name}.";
        return invalid is null ? [.. values.Select(Enum.Parse<TEnum>)] : [];
    }

    // Arrays travel comma-separated (Swagger's default "csv"); the parameter repeated is read too.
    private static string[] List(IQueryCollection query, string name) =>
        [.. query[name].SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    private static GetOrdersQueryOrError Error(string message, string details = "") =>
        new(null, new SpApiError(SpApiResults.InvalidInputCode, message, details));
}

public sealed record GetOrdersQueryOrError(GetOrdersQuery? Query, SpApiError? Error);
