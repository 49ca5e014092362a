namespace Fulfillment.OrderImport.AmazonOrders;

public sealed record ShippingAddress(
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

/// <summary>
/// The buyer of one Amazon order (SPEC §11): kept out of the event streams, as a document of its own, so that it
/// can be erased after the retention period while the order's history stays replayable. Id = Amazon order id.
/// </summary>
public sealed record BuyerPersonalData(
    string Id,
    string? BuyerName,
    string? BuyerEmail,
    ShippingAddress? ShippingAddress,
    DateTimeOffset RecordedAt);
