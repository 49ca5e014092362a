namespace Fulfillment.CustomerProvisioning.Customers.ProvisionCustomerAccount;

/// <param name="NewCustomerId">The id a customer gets if this command creates it; null when it already exists.</param>
public sealed record ProvisionCustomerAccount(
    string CustomerKey,
    string WebsiteCode,
    string AmazonOrderId,
    BuyerIdentity Buyer,
    CustomerAddress? ShipTo,
    string? NewCustomerId,
    DateTimeOffset Now);

/// <summary>What provisioning decided: the events, the customer's personal data after it and who the customer is.</summary>
/// <param name="PersonalDataChanged">False when the stored personal data is already what <paramref name="PersonalData"/> says.</param>
/// <param name="CreatedForThisOrder">True when the customer was created for this Amazon order (now or by an earlier delivery).</param>
public sealed record CustomerAccountDecision(
    IReadOnlyList<object> Events,
    CustomerPersonalData PersonalData,
    bool PersonalDataChanged,
    string CustomerId,
    bool CreatedForThisOrder);

public static class ProvisionCustomerAccountDecider
{
    /// <summary>
    /// Creates the customer, or reuses it and saves a ship-to address it does not have yet. An order it was already
    /// provisioned for changes nothing, so a redelivered request answers the same customer again.
    /// </summary>
    public static CustomerAccountDecision Decide(
        Customer? customer, CustomerPersonalData? personalData, ProvisionCustomerAccount command) =>
        customer is null ? Create(command) : Reuse(customer, personalData, command);

    private static CustomerAccountDecision Create(ProvisionCustomerAccount command)
    {
        var customerId = command.NewCustomerId
            ?? throw new InvalidOperationException("A customer cannot be created without a new customer id.");
        List<object> events =
            [new CustomerCreated(command.CustomerKey, command.WebsiteCode, customerId, command.AmazonOrderId, command.Now)];
        var personalData = NewPersonalData(command);
        if (command.ShipTo is { } shipTo)
        {
            events.Add(new CustomerAddressAdded(command.CustomerKey, customerId, command.AmazonOrderId, 1, command.Now));
            personalData = personalData with { Addresses = [shipTo] };
        }

        return new CustomerAccountDecision(events, personalData, true, customerId, CreatedForThisOrder: true);
    }

    private static CustomerAccountDecision Reuse(
        Customer customer, CustomerPersonalData? personalData, ProvisionCustomerAccount command)
    {
        List<object> events = [];
        if (!customer.WasProvisionedFor(command.AmazonOrderId))
        {
            events.Add(new CustomerReusedForOrder(command.CustomerKey, customer.CustomerId, command.AmazonOrderId, command.Now));
        }

        // Erased personal data is recorded again from the order that needs it.
        var changed = personalData is null;
        var current = personalData ?? NewPersonalData(command);
        if (command.ShipTo is { } shipTo && !current.Addresses.Contains(shipTo))
        {
            events.Add(new CustomerAddressAdded(
                command.CustomerKey, customer.CustomerId, command.AmazonOrderId, customer.AddressCount + 1, command.Now));
            current = current with { Addresses = [.. current.Addresses, shipTo] };
            changed = true;
        }

        return new CustomerAccountDecision(
            events, current, changed, customer.CustomerId, customer.CreatedForAmazonOrderId == command.AmazonOrderId);
    }

    private static CustomerPersonalData NewPersonalData(ProvisionCustomerAccount command) => new(
        command.CustomerKey, command.Buyer.Email, command.Buyer.FirstName, command.Buyer.LastName, []);
}
