namespace Fulfillment.Contracts.Customers;

/// <summary>
/// The customer an Amazon order's Commerce order is placed for (W4): a Commerce customer of the website, or a
/// guest (<see cref="CustomerId"/> null). The email and name are what the Commerce order records as its customer's.
/// </summary>
/// <param name="CustomerCreated">True when this request created the customer, false when an existing one was reused.</param>
public sealed record CustomerProvisioned(
    string AmazonOrderId,
    string WebsiteCode,
    string? CustomerId,
    bool IsGuest,
    bool CustomerCreated,
    string Email,
    string FirstName,
    string LastName);
