namespace Fulfillment.SpApiClient.Models;

// The Orders API v0 shapes the services read (ordersV0.json); property names are Amazon's.

public sealed record Money(string? CurrencyCode, string? Amount);

public sealed record BuyerInfo(string? BuyerEmail, string? BuyerName);

public sealed record Address(
    string? Name,
    string? CompanyName,
    string? AddressLine1,
    string? AddressLine2,
    string? AddressLine3,
    string? City,
    string? County,
    string? District,
    string? StateOrRegion,
    string? PostalCode,
    string? CountryCode,
    string? Phone);

public sealed record Order(
    string? AmazonOrderId,
    string? PurchaseDate,
    string? LastUpdateDate,
    string? OrderStatus,
    string? FulfillmentChannel,
    string? MarketplaceId,
    Money? OrderTotal,
    int? NumberOfItemsShipped,
    int? NumberOfItemsUnshipped,
    BuyerInfo? BuyerInfo,
    Address? ShippingAddress,
    string? ShipmentServiceLevelCategory = null);

public sealed record OrdersList(IReadOnlyList<Order>? Orders, string? NextToken, string? LastUpdatedBefore, string? CreatedBefore);

/// <summary>Amazon sends <c>IsBuyerRequestedCancel</c> as the string "true" or "false".</summary>
public sealed record BuyerRequestedCancel(string? IsBuyerRequestedCancel, string? BuyerCancelReason)
{
    public bool IsRequested => string.Equals(IsBuyerRequestedCancel, "true", StringComparison.OrdinalIgnoreCase);
}

public sealed record OrderItem(
    string? ASIN,
    string? SellerSKU,
    string? OrderItemId,
    string? Title,
    int? QuantityOrdered,
    int? QuantityShipped,
    Money? ItemPrice,
    Money? ShippingPrice,
    Money? ItemTax,
    Money? ShippingTax,
    Money? ShippingDiscount,
    Money? PromotionDiscount,
    BuyerRequestedCancel? BuyerRequestedCancel);

public sealed record OrderItemsList(IReadOnlyList<OrderItem>? OrderItems, string? NextToken, string? AmazonOrderId);

public sealed record OrderBuyerInfo(string? AmazonOrderId, string? BuyerEmail, string? BuyerName);

public sealed record OrderAddress(string? AmazonOrderId, string? BuyerCompanyName, Address? ShippingAddress);

public sealed record Error(string? Code, string? Message, string? Details);

/// <summary>Every v0 answer: a payload, or errors.</summary>
public sealed record SpApiResponse<TPayload>(TPayload? Payload, IReadOnlyList<Error>? Errors);
