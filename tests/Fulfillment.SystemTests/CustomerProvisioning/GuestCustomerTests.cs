using static Fulfillment.SystemTests.CustomerProvisioning.CustomerRequests;

namespace Fulfillment.SystemTests.CustomerProvisioning;

/// <summary>W4 with No Customer Creation (guest): the order is a guest order and no customer is created.</summary>
public sealed class GuestCustomerTests : CustomerProvisioningTest
{
    [Test]
    public async Task Given_guest_mode_When_provisioned_Then_it_answers_guest_with_the_buyer_s_data_and_creates_no_customer()
    {
        var email = NewEmail();
        var streamsBefore = await StreamCountAsync();

        var answer = await ProvisionAsync(Guest($" {email} ", "Jane Doe"));

        var found = await SearchAsync(Website, email);
        var streamsAfter = await StreamCountAsync();
        Assert.Multiple(() =>
        {
            Assert.That(answer.IsGuest, Is.True);
            Assert.That(answer.CustomerId, Is.Null);
            Assert.That(answer.CustomerCreated, Is.False);
            Assert.That((answer.Email, answer.FirstName, answer.LastName), Is.EqualTo((email, "Jane", "Doe")));
            Assert.That(found, Is.Null);
            Assert.That(streamsAfter, Is.EqualTo(streamsBefore));
        });
    }

    [Test]
    public async Task Given_guest_mode_and_a_buyer_without_email_or_name_When_provisioned_Then_it_answers_the_fallback_email_and_N_A()
    {
        var request = Guest(email: null, buyerName: null);

        var answer = await ProvisionAsync(request);

        Assert.Multiple(() =>
        {
            Assert.That(answer.IsGuest, Is.True);
            Assert.That(answer.Email, Is.EqualTo($"{request.AmazonOrderId}@amazon.com"));
            Assert.That((answer.FirstName, answer.LastName), Is.EqualTo(("N/A", "N/A")));
        });
    }

    private static Task<long> StreamCountAsync() =>
        CustomerProvisioningSystem.Database.ScalarAsync<long>("select count(*) from customer_provisioning.mt_streams");
}
