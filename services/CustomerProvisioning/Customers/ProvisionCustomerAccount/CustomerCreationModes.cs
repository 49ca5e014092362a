namespace Fulfillment.CustomerProvisioning.Customers.ProvisionCustomerAccount;

/// <summary>The values of the store's Customer Creation setting (S3) as <c>ProvisionCustomer</c> carries them.</summary>
public static class CustomerCreationModes
{
    public const string Guest = "Guest";
    public const string BuildNewCustomerAccount = "BuildNewCustomerAccount";
}
