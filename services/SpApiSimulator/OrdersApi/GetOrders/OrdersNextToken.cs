using System.Text;
using System.Text.Json;

namespace Fulfillment.SpApiSimulator.OrdersApi.GetOrders;

/// <summary>
/// A <c>NextToken</c> carries the whole query and the position reached, so that, as the model says, the filters of
/// the first request keep applying to every page whatever else the next request sends. Opaque to the caller.
/// </summary>
public static class OrdersNextToken
{
    public static string Encode(GetOrdersQuery query) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(query))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static GetOrdersQuery? Decode(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            var bytes = Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='));
            var query = JsonSerializer.Deserialize<GetOrdersQuery>(Encoding.UTF8.GetString(bytes));
            return query is { SellerId: not null, MarketplaceIds: not null, Statuses: not null, Channels: not null, AmazonOrderIds: not null }
                ? query
                : null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}
