namespace Fulfillment.SystemTests.OrdersView;

/// <summary>The orders view's JSON as a client reads it.</summary>
public sealed record OrdersPageResponse(
    IReadOnlyList<OrderRowResponse> Items, int Page, int PageSize, long TotalItems, long PageCount);

public sealed record OrderRowResponse(
    string AmazonOrderId,
    string StoreId,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    string Status,
    string AmazonStatus,
    string FulfillmentChannel,
    string? BuyerName,
    decimal? GrandTotal,
    string? CurrencyCode,
    int ItemsOrdered,
    IReadOnlyList<string> Notes,
    string? CommerceOrderNumber);

public sealed record PriceResponse(decimal Amount, string CurrencyCode);

public sealed record OrderItemResponse(
    string OrderItemId, string SellerSku, int Quantity, string? Title, PriceResponse? ItemPrice, PriceResponse? ItemTax);

public sealed record ShipToResponse(string? Name, string? AddressLine1, string? City, string? PostalCode, string? CountryCode, string? Phone);

public sealed record OrderBuyerResponse(string? Name, string? Email, ShipToResponse? ShipTo);

public sealed record OrderHistoryEntryResponse(
    long Version, string EventType, DateTimeOffset Timestamp, string Description, int? SettingsVersion);

public sealed record OrderDetailsResponse(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    string FulfillmentChannel,
    string AmazonStatus,
    string ChannelStatus,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<OrderItemResponse> Items,
    PriceResponse? GrandTotal,
    OrderBuyerResponse? Buyer,
    string? BuyerCancelReason,
    string? ImportProblem,
    IReadOnlyList<string> Notes,
    string? CommerceOrderNumber,
    int SettingsVersion,
    long Version,
    IReadOnlyList<OrderHistoryEntryResponse> History);
