using Fulfillment.Contracts.AmazonOrders;

namespace Fulfillment.Contracts.Customers;

/// <summary>
/// CommerceOrder needs the Commerce customer for an Amazon order's buyer (W4). With
/// <c>BuildNewCustomerAccount</c> the customer with that email in the website is reused or created; with
/// <c>Guest</c> no customer is created. Answered by <see cref="CustomerProvisioned"/> for the same Amazon order.
/// </summary>
/// <param name="CustomerCreation">The store's S3 setting: <c>Guest</c> or <c>BuildNewCustomerAccount</c>.</param>
/// <param name="BuyerEmail">Amazon's buyer email; when missing, <c>&lt;AmazonOrderId&gt;@amazon.com</c> is used.</param>
public sealed record ProvisionCustomer(
    string AmazonOrderId,
    string StoreId,
    string WebsiteCode,
    string CustomerCreation,
    string? BuyerName,
    string? BuyerEmail,
    PostalAddress? ShippingAddress,
    int SettingsVersion);
