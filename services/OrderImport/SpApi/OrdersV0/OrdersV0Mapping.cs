using System.Globalization;
using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.SpApiClient;
using Fulfillment.SpApiClient.Models;

namespace Fulfillment.OrderImport.SpApi.OrdersV0;

/// <summary>Reads Orders API v0 shapes into OrderImport's terms, naming every field it cannot use.</summary>
public static class OrdersV0Mapping
{
    public static AmazonOrderListing ToListing(Order order)
    {
        var problems = new List<string>();
        var status = ParseEnum<AmazonOrderStatus>(order.OrderStatus, "OrderStatus", problems);
        var channel = ParseEnum<FulfillmentChannel>(order.FulfillmentChannel, "FulfillmentChannel", problems);
        var purchased = ParseDate(order.PurchaseDate, "PurchaseDate", problems);
        var updated = ParseDate(order.LastUpdateDate, "LastUpdateDate", problems);
        var total = order.OrderTotal is { } money ? ToTotal(money, "OrderTotal", problems) : null;
        return new AmazonOrderListing(
            order.AmazonOrderId ?? "", status, channel, order.MarketplaceId, purchased, updated, total,
            problems.Count == 0 ? null : string.Join("; ", problems),
            string.IsNullOrWhiteSpace(order.ShipmentServiceLevelCategory) ? null : order.ShipmentServiceLevelCategory);
    }

    public static AmazonOrderItem ToItem(OrderItem item)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(item.OrderItemId)) problems.Add("OrderItemId is missing");
        if (string.IsNullOrWhiteSpace(item.SellerSKU)) problems.Add($"SellerSKU of item {item.OrderItemId} is missing");
        if (item.QuantityOrdered is not > 0) problems.Add($"QuantityOrdered of item {item.OrderItemId} is missing or not positive");
        var prefix = $"item {item.OrderItemId} ";
        var converted = new AmazonOrderItem(
            item.OrderItemId ?? "",
            item.SellerSKU ?? "",
            item.QuantityOrdered ?? 0,
            item.Title,
            ToPrice(item.ItemPrice, prefix + "ItemPrice", problems),
            ToPrice(item.ItemTax, prefix + "ItemTax", problems),
            ToPrice(item.ShippingPrice, prefix + "ShippingPrice", problems),
            ToPrice(item.ShippingTax, prefix + "ShippingTax", problems),
            ToPrice(item.PromotionDiscount, prefix + "PromotionDiscount", problems),
            ToPrice(item.ShippingDiscount, prefix + "ShippingDiscount", problems));
        return problems.Count == 0 ? converted : throw new AmazonAnswerUnusableException(string.Join("; ", problems));
    }

    public static ShippingAddress? ToAddress(Address? address) => address is null ? null : new ShippingAddress(
        address.Name, address.CompanyName, address.AddressLine1, address.AddressLine2, address.AddressLine3,
        address.City, address.StateOrRegion, address.PostalCode, address.CountryCode, address.Phone);

    public static DateTimeOffset? ParseDate(string? value, string field, List<string> problems)
    {
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.ToUniversalTime();
        }

        problems.Add(value is null ? $"{field} is missing" : $"{field} '{value}' is not a date");
        return null;
    }

    private static TEnum? ParseEnum<TEnum>(string? value, string field, List<string> problems) where TEnum : struct, Enum
    {
        if (value is not null && Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        problems.Add(value is null ? $"{field} is missing" : $"{field} '{value}' is unknown");
        return null;
    }

    private static AmazonOrderTotal? ToTotal(Money money, string field, List<string> problems) =>
        ToPrice(money, field, problems) is { } price ? new AmazonOrderTotal(price.Amount, price.CurrencyCode) : null;

    private static Price? ToPrice(Money? money, string field, List<string> problems)
    {
        if (money is null)
        {
            return null;
        }

        if (money.CurrencyCode is { Length: 3 } currency
            && decimal.TryParse(money.Amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return new Price(amount, currency);
        }

        problems.Add($"{field} ({money.Amount} {money.CurrencyCode}) is not an amount of money");
        return null;
    }
}
