namespace Fulfillment.Contracts.AmazonOrders;

/// <summary>The buyer and ship-to address, needed to create the customer and the Commerce order (W3, W4).</summary>
public sealed record Buyer(string? Name, string? Email, PostalAddress? ShippingAddress);

public sealed record PostalAddress(
    string? Name,
    string? CompanyName,
    string? AddressLine1,
    string? AddressLine2,
    string? AddressLine3,
    string? City,
    string? StateOrRegion,
    string? PostalCode,
    string? CountryCode,
    string? Phone);
