namespace Fulfillment.CustomerProvisioning.Customers;

/// <summary>
/// A Commerce customer account: one stream per customer, keyed by <see cref="CustomerKey"/> (website + a hash of
/// the normalised email), never by the raw email. <see cref="CustomerId"/> is the Commerce-like numeric id.
/// </summary>
public sealed partial record Customer(
    string Id,
    string WebsiteCode,
    string CustomerId,
    DateTimeOffset CreatedAt,
    string CreatedForAmazonOrderId,
    IReadOnlyList<string> AmazonOrderIds,
    int AddressCount)
{
    public bool WasProvisionedFor(string amazonOrderId) => AmazonOrderIds.Contains(amazonOrderId);

    public static Customer Create(CustomerCreated created) => new(
        created.CustomerKey,
        created.WebsiteCode,
        created.CustomerId,
        created.CreatedAt,
        created.AmazonOrderId,
        [created.AmazonOrderId],
        AddressCount: 0);

    public Customer Apply(CustomerReusedForOrder reused) =>
        this with { AmazonOrderIds = [.. AmazonOrderIds, reused.AmazonOrderId] };

    public Customer Apply(CustomerAddressAdded added) => this with { AddressCount = added.AddressCount };
}
