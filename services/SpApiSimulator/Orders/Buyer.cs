namespace Fulfillment.SpApiSimulator.Orders;

/// <summary>The buyer as Amazon knows them; FBA orders may miss either field.</summary>
public sealed record Buyer(string? Name, string? Email);

/// <summary>The ship-to address. Amazon suppresses the phone for FBA orders and for late shipped MFN orders.</summary>
public sealed record ShipToAddress(
    string? Name,
    string? AddressLine1,
    string? AddressLine2,
    string? City,
    string? StateOrRegion,
    string? PostalCode,
    string CountryCode,
    string? Phone,
    string? AddressType);

/// <summary>A buyer asked to cancel; shown on the order items until the order is canceled or shipped.</summary>
public sealed record BuyerCancelRequest(string Reason, DateTimeOffset RequestedAt);
