using Fulfillment.CustomerProvisioning.Customers;
using Fulfillment.CustomerProvisioning.Customers.ProvisionCustomerAccount;

namespace Fulfillment.CustomerProvisioning.Tests.Customers;

public sealed class ProvisionCustomerAccountTests
{
    private const string Key = "base:86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d";
    private const string FirstOrder = "111-2223334-4445556";
    private const string SecondOrder = "222-3334445-5556667";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly CustomerAddress Home =
        new("Jane Doe", null, "1 Main St", null, null, "Seattle", "WA", "98101", "US", "555-0100");

    private static readonly CustomerAddress Office = Home with { AddressLine1 = "500 Pine St" };

    private static ProvisionCustomerAccount Command(
        string amazonOrderId = FirstOrder, CustomerAddress? shipTo = null, string? newCustomerId = null) => new(
        Key, "base", amazonOrderId, new BuyerIdentity("Jane.Doe@example.com", "Jane", "Doe"), shipTo, newCustomerId, Now);

    /// <summary>The customer and personal data after a first order created it with the Home address.</summary>
    private static (Customer Customer, CustomerPersonalData PersonalData) Existing()
    {
        var created = ProvisionCustomerAccountDecider.Decide(null, null, Command(shipTo: Home, newCustomerId: "17"));
        return (Replay(created.Events), created.PersonalData);
    }

    private static Customer Replay(IReadOnlyList<object> events, Customer? customer = null)
    {
        foreach (var @event in events)
        {
            customer = @event switch
            {
                CustomerCreated created => Customer.Create(created),
                CustomerReusedForOrder reused => customer!.Apply(reused),
                CustomerAddressAdded added => customer!.Apply(added),
                _ => throw new InvalidOperationException($"Unexpected event {@event}"),
            };
        }

        return customer!;
    }

    [Test]
    public void Given_no_customer_When_provisioned_Then_it_is_created_with_the_new_id_and_the_ship_to_address()
    {
        var decision = ProvisionCustomerAccountDecider.Decide(null, null, Command(shipTo: Home, newCustomerId: "17"));

        Assert.Multiple(() =>
        {
            Assert.That(decision.Events, Is.EqualTo(new object[]
            {
                new CustomerCreated(Key, "base", "17", FirstOrder, Now),
                new CustomerAddressAdded(Key, "17", FirstOrder, 1, Now),
            }));
            Assert.That(decision.CustomerId, Is.EqualTo("17"));
            Assert.That(decision.CreatedForThisOrder, Is.True);
            Assert.That(decision.PersonalDataChanged, Is.True);
            Assert.That(decision.PersonalData.Email, Is.EqualTo("Jane.Doe@example.com"));
            Assert.That(decision.PersonalData.FirstName, Is.EqualTo("Jane"));
            Assert.That(decision.PersonalData.LastName, Is.EqualTo("Doe"));
            Assert.That(decision.PersonalData.Addresses, Is.EqualTo(new[] { Home }));
        });
    }

    [Test]
    public void Given_no_customer_and_no_ship_to_address_When_provisioned_Then_it_is_created_without_addresses()
    {
        var decision = ProvisionCustomerAccountDecider.Decide(null, null, Command(newCustomerId: "17"));

        Assert.Multiple(() =>
        {
            Assert.That(decision.Events, Is.EqualTo(new object[] { new CustomerCreated(Key, "base", "17", FirstOrder, Now) }));
            Assert.That(decision.PersonalData.Addresses, Is.Empty);
        });
    }

    [Test]
    public void Given_no_customer_and_no_new_id_When_provisioned_Then_it_refuses() =>
        Assert.That(
            () => ProvisionCustomerAccountDecider.Decide(null, null, Command()),
            Throws.InvalidOperationException);

    [Test]
    public void Given_a_customer_When_another_order_with_the_same_address_is_provisioned_Then_it_is_reused_and_the_address_not_added_again()
    {
        var (customer, personalData) = Existing();

        var decision = ProvisionCustomerAccountDecider.Decide(
            customer, personalData, Command(SecondOrder, shipTo: Home, newCustomerId: "99"));

        Assert.Multiple(() =>
        {
            Assert.That(decision.Events, Is.EqualTo(new object[] { new CustomerReusedForOrder(Key, "17", SecondOrder, Now) }));
            Assert.That(decision.CustomerId, Is.EqualTo("17"));
            Assert.That(decision.CreatedForThisOrder, Is.False);
            Assert.That(decision.PersonalDataChanged, Is.False);
            Assert.That(decision.PersonalData.Addresses, Is.EqualTo(new[] { Home }));
            Assert.That(Replay(decision.Events, customer).AmazonOrderIds, Is.EqualTo(new[] { FirstOrder, SecondOrder }));
        });
    }

    [Test]
    public void Given_a_customer_When_an_order_ships_to_a_new_address_Then_the_address_is_added()
    {
        var (customer, personalData) = Existing();

        var decision = ProvisionCustomerAccountDecider.Decide(customer, personalData, Command(SecondOrder, shipTo: Office));

        Assert.Multiple(() =>
        {
            Assert.That(decision.Events, Is.EqualTo(new object[]
            {
                new CustomerReusedForOrder(Key, "17", SecondOrder, Now),
                new CustomerAddressAdded(Key, "17", SecondOrder, 2, Now),
            }));
            Assert.That(decision.PersonalDataChanged, Is.True);
            Assert.That(decision.PersonalData.Addresses, Is.EqualTo(new[] { Home, Office }));
        });
    }

    [Test]
    public void Given_a_customer_with_other_names_When_reused_Then_its_own_email_and_names_are_kept()
    {
        var (customer, personalData) = Existing();
        var command = Command(SecondOrder) with { Buyer = new BuyerIdentity("JANE.DOE@EXAMPLE.COM", "J.", "N/A") };

        var decision = ProvisionCustomerAccountDecider.Decide(customer, personalData, command);

        Assert.That(decision.PersonalData, Is.SameAs(personalData));
    }

    [Test]
    public void Given_the_order_that_created_the_customer_When_provisioned_again_Then_nothing_changes_and_it_still_reads_as_created()
    {
        var (customer, personalData) = Existing();

        var decision = ProvisionCustomerAccountDecider.Decide(customer, personalData, Command(shipTo: Home));

        Assert.Multiple(() =>
        {
            Assert.That(decision.Events, Is.Empty);
            Assert.That(decision.PersonalDataChanged, Is.False);
            Assert.That(decision.CustomerId, Is.EqualTo("17"));
            Assert.That(decision.CreatedForThisOrder, Is.True);
        });
    }

    [Test]
    public void Given_a_customer_whose_personal_data_was_erased_When_reused_Then_the_order_s_data_is_recorded_again()
    {
        var (customer, _) = Existing();

        var decision = ProvisionCustomerAccountDecider.Decide(customer, null, Command(SecondOrder, shipTo: Home));

        Assert.Multiple(() =>
        {
            Assert.That(decision.PersonalDataChanged, Is.True);
            Assert.That(decision.PersonalData.Email, Is.EqualTo("Jane.Doe@example.com"));
            Assert.That(decision.PersonalData.Addresses, Is.EqualTo(new[] { Home }));
            Assert.That(decision.Events, Has.Some.InstanceOf<CustomerAddressAdded>());
        });
    }
}
