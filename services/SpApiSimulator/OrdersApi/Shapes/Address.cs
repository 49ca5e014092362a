namespace Fulfillment.SpApiSimulator.OrdersApi.Shapes;

/// <summary>The model's <c>Address</c>, in its property order.</summary>
public sealed record Address(
    string? Name = null,
    string? AddressLine1 = null,
    string? AddressLine2 = null,
    string? City = null,
    string? StateOrRegion = null,
    string? PostalCode = null,
    string? CountryCode = null,
    string? Phone = null,
    string? AddressType = null);
