namespace Fulfillment.CustomerProvisioning.Customers;

public sealed record CustomerAddress(
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
/// The personal data of one customer (SPEC §11), kept out of the event stream as a document of its own so that it
/// can be erased while the customer's history stays. Id = the customer's stream key.
/// </summary>
public sealed record CustomerPersonalData(
    string Id,
    string Email,
    string FirstName,
    string LastName,
    IReadOnlyList<CustomerAddress> Addresses);
