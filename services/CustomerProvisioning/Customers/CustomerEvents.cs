namespace Fulfillment.CustomerProvisioning.Customers;

// The customer's personal data (email, names, addresses) is not in these events (SPEC §11): it lives in
// CustomerPersonalData, which can be erased while this history stays replayable.

/// <summary>A Commerce customer account was created for the buyer of an Amazon order.</summary>
public sealed record CustomerCreated(
    string CustomerKey, string WebsiteCode, string CustomerId, string AmazonOrderId, DateTimeOffset CreatedAt);

/// <summary>An existing customer account was chosen for another Amazon order of the same buyer.</summary>
public sealed record CustomerReusedForOrder(
    string CustomerKey, string CustomerId, string AmazonOrderId, DateTimeOffset ReusedAt);

/// <summary>An Amazon order's ship-to address, new to this customer, was saved to the account.</summary>
public sealed record CustomerAddressAdded(
    string CustomerKey, string CustomerId, string AmazonOrderId, int AddressCount, DateTimeOffset AddedAt);
