namespace Fulfillment.SpApiSimulator.Admin.PlaceOrder;

/// <summary>
/// A buyer places an order on Amazon. It starts <c>Pending</c>; <paramref name="PurchaseDate"/> (default now) is
/// also its first <c>LastUpdateDate</c>.
/// </summary>
/// <param name="ShipmentServiceLevelCategory">The buyer's shipping choice (default <c>Standard</c>), one of Amazon's categories.</param>
public sealed record PlaceOrderRequest(
    string SellerId,
    string MarketplaceId,
    string FulfillmentChannel,
    IReadOnlyList<PlaceOrderItem> Items,
    PlaceOrderBuyer? Buyer,
    PlaceOrderAddress? ShipTo,
    DateTimeOffset? PurchaseDate,
    string? ShipmentServiceLevelCategory = null);

/// <summary>One line: <paramref name="UnitPrice"/> is the price of one unit; Amazon's <c>ItemPrice</c> is it times the quantity.</summary>
public sealed record PlaceOrderItem(
    string SellerSku,
    int Quantity,
    decimal UnitPrice,
    string? Title = null,
    string? Asin = null,
    decimal ItemTax = 0,
    decimal ShippingPrice = 0);

public sealed record PlaceOrderBuyer(string? Name, string? Email);

public sealed record PlaceOrderAddress(
    string? Name,
    string? AddressLine1,
    string? AddressLine2,
    string? City,
    string? StateOrRegion,
    string? PostalCode,
    string CountryCode,
    string? Phone,
    string? AddressType);
