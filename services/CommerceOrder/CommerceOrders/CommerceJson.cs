using System.Text.Json;

namespace Fulfillment.CommerceOrder.CommerceOrders;

/// <summary>Adobe Commerce's REST casing (snake_case), for the endpoints shaped like its order API.</summary>
public static class CommerceJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
