using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;

namespace Fulfillment.SpApiSimulator.OrdersApi.ConfirmShipment;

/// <summary>A <c>ConfirmShipmentRequest</c> that has the model's shape; the order's own rules come after.</summary>
public sealed record ConfirmShipmentRequest(string MarketplaceId, ShipmentConfirmation Package);

/// <summary>
/// Reads the <c>confirmShipment</c> body against the model (<c>marketplaceId</c>, <c>packageDetail</c> with its
/// required fields), with Amazon's messages for the mistakes clients make most: a numeric
/// <c>packageReferenceId</c> sent as a JSON number, or one that is not a positive number.
/// </summary>
public static class ConfirmShipmentRequestReader
{
    public static (ConfirmShipmentRequest? Request, SpApiError? Error) Read(SpApiRequestBody body, DateTimeOffset receivedAt)
    {
        if (body.IsMalformed || body.Json is not JsonObject request)
        {
            return Invalid("The request body is not a JSON object.");
        }

        if (Text(request, "marketplaceId") is not { } marketplaceId)
        {
            return Missing("marketplaceId");
        }

        if (request["packageDetail"] is not JsonObject package)
        {
            return Missing("packageDetail");
        }

        if (package["packageReferenceId"] is JsonValue reference && reference.GetValueKind() != JsonValueKind.String)
        {
            return (null, new SpApiError(SpApiResults.InvalidInputCode,
                "The input you have submitted is not valid. Please check the fields with invalid type [packageDetail.packageReferenceId]."));
        }

        var packageReferenceId = Text(package, "packageReferenceId");
        if (packageReferenceId is null)
        {
            return Missing("packageReferenceId");
        }

        if (!long.TryParse(packageReferenceId, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            return (null, new SpApiError(SpApiResults.InvalidInputCode, "PackageReferenceId: is invalid, must be a positive numeric value."));
        }

        foreach (var required in new[] { "carrierCode", "trackingNumber", "shipDate" })
        {
            if (Text(package, required) is null)
            {
                return Missing(required);
            }
        }

        if (!SpApiDates.TryParse(Text(package, "shipDate"), out var shipDate))
        {
            return Invalid("shipDate must be an ISO 8601 date and time.");
        }

        var items = ReadItems(package["orderItems"]);
        if (items is null)
        {
            return Missing("orderItems");
        }

        return (new ConfirmShipmentRequest(marketplaceId, new ShipmentConfirmation(
            packageReferenceId,
            Text(package, "carrierCode")!,
            Text(package, "carrierName"),
            Text(package, "shippingMethod"),
            Text(package, "trackingNumber")!,
            shipDate,
            Text(package, "shipFromSupplySourceId"),
            items,
            receivedAt)), null);
    }

    /// <returns>The items, or null when the list is missing, empty or an item lacks its id or an integer quantity.</returns>
    private static List<ConfirmedItem>? ReadItems(JsonNode? node)
    {
        if (node is not JsonArray { Count: > 0 } array)
        {
            return null;
        }

        var items = new List<ConfirmedItem>();
        foreach (var entry in array)
        {
            if (entry is not JsonObject item
                || Text(item, "orderItemId") is not { } orderItemId
                || item["quantity"] is not JsonValue quantity
                || !quantity.TryGetValue<int>(out var count))
            {
                return null;
            }

            var codes = item["transparencyCodes"] is JsonArray list
                ? list.Select(code => code?.ToString() ?? "").ToList()
                : [];
            items.Add(new ConfirmedItem(orderItemId, count, codes));
        }

        return items;
    }

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static (ConfirmShipmentRequest?, SpApiError?) Missing(string field) =>
        (null, new SpApiError(SpApiResults.InvalidInputCode, $"Missing request parameter: {field}."));

    private static (ConfirmShipmentRequest?, SpApiError?) Invalid(string details) =>
        (null, new SpApiError(SpApiResults.InvalidInputCode,
            "The input you have submitted is not valid. Please check your input and try again.", details));
}
