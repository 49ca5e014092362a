using static Fulfillment.SystemTests.CustomerProvisioning.CustomerRequests;

namespace Fulfillment.SystemTests.CustomerProvisioning;

/// <summary>W4 with Customer Creation = Build New Customer Account: the website's customer with that email, reused or created.</summary>
public sealed class BuildCustomerAccountTests : CustomerProvisioningTest
{
    [Test]
    public async Task Given_a_new_buyer_When_provisioned_Then_a_customer_is_created_with_the_ship_to_address_and_answered()
    {
        var email = NewEmail();
        var request = BuildAccount(email, "Jane Doe");

        var answer = await ProvisionAsync(request);

        var customer = await GetAsync(answer.CustomerId!);
        Assert.Multiple(() =>
        {
            Assert.That(answer.IsGuest, Is.False);
            Assert.That(answer.CustomerCreated, Is.True);
            Assert.That(answer.CustomerId, Does.Match("^[0-9]+$"));
            Assert.That(answer.WebsiteCode, Is.EqualTo(Website));
            Assert.That((answer.Email, answer.FirstName, answer.LastName), Is.EqualTo((email, "Jane", "Doe")));
            Assert.That(customer, Is.Not.Null);
            Assert.That(customer!.CustomerId, Is.EqualTo(answer.CustomerId));
            Assert.That(customer.WebsiteCode, Is.EqualTo(Website));
            Assert.That((customer.Email, customer.FirstName, customer.LastName), Is.EqualTo((email, "Jane", "Doe")));
            Assert.That(customer.Addresses, Is.EqualTo(new[] { Home }));
            Assert.That(customer.AmazonOrderIds, Is.EqualTo(new[] { request.AmazonOrderId }));
        });
    }

    [Test]
    public async Task Given_a_customer_When_another_order_has_the_email_in_other_case_and_with_spaces_Then_the_customer_is_reused()
    {
        var email = NewEmail();
        var first = BuildAccount(email, "Jane Doe");
        var created = await ProvisionAsync(first);
        var second = BuildAccount($"  {email.ToUpperInvariant()} ", "J Doe");

        var reused = await ProvisionAsync(second);

        var customer = await GetAsync(created.CustomerId!);
        Assert.Multiple(() =>
        {
            Assert.That(reused.CustomerId, Is.EqualTo(created.CustomerId));
            Assert.That(reused.CustomerCreated, Is.False);
            Assert.That((reused.Email, reused.FirstName, reused.LastName), Is.EqualTo((email, "Jane", "Doe")), "the customer's own data");
            Assert.That(customer!.AmazonOrderIds, Is.EqualTo(new[] { first.AmazonOrderId, second.AmazonOrderId }));
            Assert.That(customer.Addresses, Is.EqualTo(new[] { Home }), "the same address is not saved twice");
        });
    }

    [Test]
    public async Task Given_a_customer_When_an_order_ships_to_another_address_Then_the_address_is_saved_to_the_customer()
    {
        var email = NewEmail();
        var created = await ProvisionAsync(BuildAccount(email));
        var office = Home with { AddressLine1 = "500 Pine St" };

        await ProvisionAsync(BuildAccount(email, shipTo: office));

        var customer = await GetAsync(created.CustomerId!);
        Assert.That(customer!.Addresses, Is.EqualTo(new[] { Home, office }));
    }

    [Test]
    public async Task Given_a_customer_in_one_website_When_the_same_email_orders_in_another_website_Then_another_customer_is_created()
    {
        var email = NewEmail();
        var inBase = await ProvisionAsync(BuildAccount(email));

        var inOther = await ProvisionAsync(BuildAccount(email, website: "ca_website"));

        var found = await SearchAsync("ca_website", email);
        Assert.Multiple(() =>
        {
            Assert.That(inOther.CustomerCreated, Is.True);
            Assert.That(inOther.CustomerId, Is.Not.EqualTo(inBase.CustomerId));
            Assert.That(found?.CustomerId, Is.EqualTo(inOther.CustomerId));
            Assert.That(found?.WebsiteCode, Is.EqualTo("ca_website"));
        });
    }

    [Test]
    public async Task Given_a_buyer_without_email_When_provisioned_Then_the_customer_s_email_is_the_order_id_at_amazon_com()
    {
        var request = BuildAccount(email: null);

        var answer = await ProvisionAsync(request);

        var found = await SearchAsync(Website, $"{request.AmazonOrderId}@amazon.com");
        Assert.Multiple(() =>
        {
            Assert.That(answer.Email, Is.EqualTo($"{request.AmazonOrderId}@amazon.com"));
            Assert.That(answer.CustomerCreated, Is.True);
            Assert.That(found?.CustomerId, Is.EqualTo(answer.CustomerId));
        });
    }

    [TestCase("Cher", "Cher", "N/A")]
    [TestCase(null, "N/A", "N/A")]
    [TestCase("Mary Ann Smith", "Mary", "Ann Smith")]
    public async Task Given_a_buyer_name_When_a_customer_is_created_Then_it_splits_at_the_first_space_with_N_A_for_a_missing_part(
        string? buyerName, string firstName, string lastName)
    {
        var answer = await ProvisionAsync(BuildAccount(NewEmail(), buyerName));

        var customer = await GetAsync(answer.CustomerId!);
        Assert.Multiple(() =>
        {
            Assert.That((answer.FirstName, answer.LastName), Is.EqualTo((firstName, lastName)));
            Assert.That((customer!.FirstName, customer.LastName), Is.EqualTo((firstName, lastName)));
        });
    }

    [Test]
    public async Task Given_a_request_delivered_again_When_consumed_Then_it_answers_the_same_customer_and_records_nothing_new()
    {
        var request = BuildAccount(NewEmail());
        var first = await ProvisionAsync(request);

        await CustomerProvisioningSystem.Bus.Publish(request);

        await Infrastructure.Eventually.GetAsync(
            () => Task.FromResult(CustomerProvisioningSystem.Answers.For(request.AmazonOrderId).Count >= 2 ? "answered" : null),
            TimeSpan.FromSeconds(30), "the second answer");
        var answers = CustomerProvisioningSystem.Answers.For(request.AmazonOrderId);
        var customer = await GetAsync(first.CustomerId!);
        Assert.Multiple(() =>
        {
            Assert.That(answers, Is.All.EqualTo(first));
            Assert.That(customer!.AmazonOrderIds, Is.EqualTo(new[] { request.AmazonOrderId }));
        });
    }
}
