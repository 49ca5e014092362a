namespace Fulfillment.CustomerProvisioning.Customers.GetCustomer;

/// <summary>
/// A customer as the HTTP API shows it. The personal fields are null once the personal data has been erased.
/// </summary>
public sealed record CustomerView(
    string CustomerId,
    string WebsiteCode,
    string? Email,
    string? FirstName,
    string? LastName,
    IReadOnlyList<CustomerAddress> Addresses,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> AmazonOrderIds)
{
    public static CustomerView From(Customer customer, CustomerPersonalData? personalData) => new(
        customer.CustomerId,
        customer.WebsiteCode,
        personalData?.Email,
        personalData?.FirstName,
        personalData?.LastName,
        personalData?.Addresses ?? [],
        customer.CreatedAt,
        customer.AmazonOrderIds);
}
