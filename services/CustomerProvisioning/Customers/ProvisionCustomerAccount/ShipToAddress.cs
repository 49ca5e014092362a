using Fulfillment.Contracts.AmazonOrders;

namespace Fulfillment.CustomerProvisioning.Customers.ProvisionCustomerAccount;

public static class ShipToAddress
{
    /// <summary>
    /// The order's ship-to address as the customer keeps it: fields trimmed and blanks as null, so that the same
    /// address sent with other spacing is recognised as one the customer already has. An empty address is none.
    /// </summary>
    public static CustomerAddress? From(PostalAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        var saved = new CustomerAddress(
            Clean(address.Name),
            Clean(address.CompanyName),
            Clean(address.AddressLine1),
            Clean(address.AddressLine2),
            Clean(address.AddressLine3),
            Clean(address.City),
            Clean(address.StateOrRegion),
            Clean(address.PostalCode),
            Clean(address.CountryCode),
            Clean(address.Phone));
        return saved == Empty ? null : saved;
    }

    private static readonly CustomerAddress Empty = new(null, null, null, null, null, null, null, null, null, null);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
